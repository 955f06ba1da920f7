import { FieldType, reduceField, type DataFrame } from '@grafana/data';

import { DEFAULT_REDUCER, reducerId } from './grafanaKnowledge';
import { singleSeries, type KpiSeries } from './kpiSeries';
import { type TimeSpan } from './kpiWindow';
import { type Kpi } from './types';

export type Reduced = { value: number | null; newest: number | null } | { error: string };

/** The KPI's reducer over the samples inside the span; nulls are skipped as Grafana's reducers skip them. */
export function reduceInWindow(kpi: Kpi, frames: DataFrame[], span: TimeSpan): Reduced {
  const picked = singleSeries(frames);
  if (picked.error !== undefined) {
    return { error: picked.error };
  }
  if (picked.series === null) {
    return { value: null, newest: null };
  }
  const reducer = reducerId(kpi.reduce ?? DEFAULT_REDUCER);
  const { values, newest, hasNumber } = samplesInSpan(picked.series, span, READ_FROM_THE_END.has(reducer));
  if (!hasNumber) {
    return { value: null, newest: null };
  }
  const field = { name: kpi.id, type: FieldType.number, config: {}, values };
  const raw = reduceField({ field, reducers: [reducer] })[reducer];
  // An infinite result (a ratio over zero requests, say) is no number anyone can act on: it is no-data.
  const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
  return { value, newest };
}

/**
 * Grafana's reducers that read an answer from its newest sample back and stop at the first they take (a number, or
 * any value for `last`). When the span holds the answer's newest sample and a number, they stop inside the span,
 * so they are given the whole answer rather than a copy of its part in the span (the default reducer, every refresh).
 */
const READ_FROM_THE_END = new Set(['lastNotNull', 'last']);

const isNumber = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v);

/**
 * A span holds its start and its end: a calendar month runs from the 1st, 00:00 (where a SQL bucket stamps its
 * row), and a gauge's value at the boundary is both the previous period's last and this one's first. A sample
 * exactly on the boundary is so counted in both periods.
 */
const outside = (t: number, span: TimeSpan) => t < span.from || t > span.to;

/** The samples inside the span, the time of the newest number among them, and whether there is one. */
function samplesInSpan(series: KpiSeries, span: TimeSpan, fromTheEnd = false) {
  const { times, values } = series;
  if (times === null) {
    return { values, newest: null, hasNumber: values.some(isNumber) };
  }
  if (!(series.ascending ?? isAscending(times))) {
    return scanSamples(times, values, span);
  }
  // Time series come sorted: find the span's ends by bisection (none for an answer wholly inside the span, the
  // usual case) and the newest number from the end, so the reducer is left as the only pass over the samples.
  const lo = times[0] >= span.from ? 0 : firstIndex(times, (t) => t >= span.from);
  const hi = times[times.length - 1] <= span.to ? times.length : firstIndex(times, (t) => t > span.to);
  for (let i = hi - 1; i >= lo; i--) {
    if (isNumber(values[i])) {
      const whole = hi === values.length && (lo === 0 || fromTheEnd);
      return { values: whole ? values : values.slice(lo, hi), newest: times[i], hasNumber: true };
    }
  }
  return { values, newest: null, hasNumber: false };
}

function isAscending(times: number[]): boolean {
  if (times.length > 0 && Number.isNaN(times[0])) {
    return false;
  }
  for (let i = 1; i < times.length; i++) {
    if (!(times[i] >= times[i - 1])) {
      return false;
    }
  }
  return true;
}

/** The first index whose time passes `test` (false then true along sorted times), or the length. */
function firstIndex(times: number[], test: (t: number) => boolean): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(times[mid])) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

/**
 * Unsorted samples (a table ordered newest first, say): those inside the span, put in time order so that an
 * order-dependent reducer (last, first, delta) reads them as it reads a time series.
 */
function scanSamples(times: number[], values: Array<number | null>, span: TimeSpan) {
  const placed: number[] = [];
  const unplaced: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(times[i])) {
      unplaced.push(i); // text that is no time: kept, as it comes, after the placed samples
    } else if (!outside(times[i], span)) {
      placed.push(i);
    }
  }
  placed.sort((a, b) => times[a] - times[b]);
  const inside = [...placed, ...unplaced];
  const newestAt = placed.filter((i) => isNumber(values[i])).pop();
  return {
    values: inside.map((i) => values[i]),
    newest: newestAt === undefined ? null : times[newestAt],
    hasNumber: inside.some((i) => isNumber(values[i])),
  };
}

/** The time of the newest numeric sample inside the span, or null (an error, no series, no time field). */
export function newestSampleIn(frames: DataFrame[], span: TimeSpan): number | null {
  const picked = singleSeries(frames);
  return picked.series ? samplesInSpan(picked.series, span).newest : null;
}
