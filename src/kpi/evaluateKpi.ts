import { DataFrame, FieldType, ReducerID, reduceField } from '@grafana/data';
import { DEFAULT_REDUCER, durationMs, percentFactor, reducerId } from './grafanaKnowledge';
import { KpiSeries, singleSeries } from './kpiSeries';
import { attainment, effectiveAtRisk, thresholdStatus } from './kpiStatus';
import { KpiWindow, TimeSpan } from './kpiWindow';
import { DeltaKind, Kpi, KpiEvaluation } from './types';

/** What one query gave for one KPI: its frames, or the datasource's error message. */
export type QueryOutcome = { frames: DataFrame[]; error?: undefined } | { frames?: undefined; error: string };

export interface EvaluationInput {
  kpi: Kpi;
  now: number;
  window: KpiWindow;
  current: QueryOutcome;
  previousWindow?: TimeSpan;
  previous?: QueryOutcome;
}

/** Additive reducers grow with the period, so on a calendar window their value so far is projected to its end. */
const ADDITIVE: ReadonlySet<string> = new Set([ReducerID.sum, ReducerID.count, ReducerID.delta]);

/** Evaluates one KPI by the spec's status rules. Pure: the same input gives the same result. */
export function evaluateKpi({ kpi, now, window, current, previousWindow, previous }: EvaluationInput): KpiEvaluation {
  const atRisk = effectiveAtRisk(kpi.direction, kpi.target);
  const base: KpiEvaluation = {
    id: kpi.id,
    status: 'no-data',
    value: null,
    target: kpi.direction === 'in-range' ? null : (kpi.target.value ?? null),
    atRisk,
    attainment: null,
    forecast: null,
    previous: null,
    delta: null,
    deltaKind: null,
    newestSampleAt: null,
    error: null,
  };
  if (current.error !== undefined) {
    return { ...base, status: 'error', error: current.error };
  }
  const reduced = reduceInWindow(kpi, current.frames, window);
  if ('error' in reduced) {
    return { ...base, status: 'error', error: reduced.error };
  }
  const { value, newest } = reduced;
  const newestSampleAt = newest === null ? null : new Date(newest).toISOString();
  const prev = previous && previousWindow ? previousValue(kpi, previous, previousWindow) : null;
  const comparison = value === null ? { delta: null, deltaKind: null } : delta(kpi, value, prev);
  const result = { ...base, value, newestSampleAt, previous: prev, ...comparison };
  if (value === null) {
    return result;
  }
  const forecast = forecastToPeriodEnd(kpi, window, value);
  const withValue = { ...result, forecast, attainment: attainment(kpi.direction, kpi.target, value) };
  const maxAge = kpi.maxAge ? durationMs(kpi.maxAge) : undefined;
  if (maxAge !== undefined && newest !== null && newest < now - maxAge) {
    return { ...withValue, status: 'stale' };
  }
  return { ...withValue, status: thresholdStatus(kpi.direction, kpi.target, forecast ?? value) };
}

type Reduced = { value: number | null; newest: number | null } | { error: string };

/** The KPI's reducer over the samples inside the span; nulls are skipped as Grafana's reducers skip them. */
export function reduceInWindow(kpi: Kpi, frames: DataFrame[], span: TimeSpan): Reduced {
  const picked = singleSeries(frames);
  if (picked.error !== undefined) {
    return { error: picked.error };
  }
  if (picked.series === null) {
    return { value: null, newest: null };
  }
  const { values, newest, hasNumber } = samplesInSpan(picked.series, span);
  if (!hasNumber) {
    return { value: null, newest: null };
  }
  const reducer = reducerId(kpi.reduce ?? DEFAULT_REDUCER);
  const field = { name: kpi.id, type: FieldType.number, config: {}, values };
  const raw = reduceField({ field, reducers: [reducer] })[reducer];
  // An infinite result (a ratio over zero requests, say) is no number anyone can act on: it is no-data.
  const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
  return { value, newest };
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v);

/**
 * A span holds its start and its end: a calendar month runs from the 1st, 00:00 (where a SQL bucket stamps its
 * row), and a gauge's value at the boundary is both the previous period's last and this one's first. A sample
 * exactly on the boundary is so counted in both periods.
 */
const outside = (t: number, span: TimeSpan) => t < span.from || t > span.to;

/** The samples inside the span, the time of the newest number among them, and whether there is one. */
function samplesInSpan(series: KpiSeries, span: TimeSpan) {
  const { times, values } = series;
  if (times === null) {
    return { values, newest: null, hasNumber: values.some(isNumber) };
  }
  if (!isAscending(times)) {
    return scanSamples(times, values, span);
  }
  // Time series come sorted: find the span's ends by bisection and the newest number from the end, so the
  // reducer is left as the only pass over the samples.
  const lo = firstIndex(times, (t) => t >= span.from);
  const hi = firstIndex(times, (t) => t > span.to);
  const inSpan = lo === 0 && hi === values.length ? values : values.slice(lo, hi);
  for (let i = hi - 1; i >= lo; i--) {
    if (isNumber(values[i])) {
      return { values: inSpan, newest: times[i], hasNumber: true };
    }
  }
  return { values: inSpan, newest: null, hasNumber: false };
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

function previousValue(kpi: Kpi, outcome: QueryOutcome, span: TimeSpan): number | null {
  if (outcome.error !== undefined) {
    return null;
  }
  const reduced = reduceInWindow(kpi, outcome.frames, span);
  return 'error' in reduced ? null : reduced.value;
}

/** The value so far projected linearly to the end of a calendar period, for additive reducers only. */
export function forecastToPeriodEnd(kpi: Kpi, window: KpiWindow, value: number): number | null {
  const elapsed = window.to - window.periodStart;
  if (!window.calendar || !ADDITIVE.has(reducerId(kpi.reduce ?? DEFAULT_REDUCER)) || elapsed <= 0) {
    return null;
  }
  return value * ((window.periodEnd - window.periodStart) / elapsed);
}

/**
 * Change against the previous period: percentage points for percentage units (25% -> 50% is +25 pp), a
 * relative change (0.2 = +20%) otherwise, and the absolute difference when the previous value is 0.
 */
export function delta(
  kpi: Kpi,
  value: number,
  previous: number | null
): { delta: number | null; deltaKind: DeltaKind | null } {
  if (previous === null) {
    return { delta: null, deltaKind: null };
  }
  const percentScale = percentFactor(kpi.unit);
  if (percentScale !== undefined) {
    return { delta: (value - previous) * percentScale, deltaKind: 'percentage-points' };
  }
  if (previous === 0) {
    return { delta: value - previous, deltaKind: 'absolute' };
  }
  return { delta: (value - previous) / Math.abs(previous), deltaKind: 'relative' };
}
