import { ReducerID } from '@grafana/data';

import { DEFAULT_REDUCER, reducerId } from './grafanaKnowledge';
import { type KpiSeries } from './kpiSeries';

/** Additive reducers grow with the period: on a calendar window their value so far is projected to its end. */
const ADDITIVE_REDUCERS: ReadonlySet<string> = new Set([ReducerID.sum, ReducerID.count, ReducerID.delta]);

export function isAdditive(reduce: string | undefined): boolean {
  return ADDITIVE_REDUCERS.has(reducerId(reduce ?? DEFAULT_REDUCER));
}

/** The reducers runningTotal folds: the additive ones and mean (an SLO's SLI over its window so far). */
export const RUNNING_REDUCERS: ReadonlySet<string> = new Set([...ADDITIVE_REDUCERS, ReducerID.mean]);

type RunningReducer = 'sum' | 'count' | 'delta' | 'mean';

/** The period a time falls in: [start, end). */
export type PeriodOf = (t: number) => { start: number; end: number };

/**
 * The running total of an additive reducer (or the running mean) since the start of each period: at each sample,
 * what the reducer gives over the period's samples up to it, so a trend ends exactly at the value beside it (spec:
 * additive calendar KPIs trend as running totals; an SLO's trend is its SLI so far, trendSeries). The fold is Grafana's own (doStandardCalcs with nulls ignored, as reduceField
 * reads a KPI's field): sum adds numbers, count counts non-null samples, delta adds rises and skips a drop (a
 * counter reset) and the rise right after it, mean divides the sum by the numbers. runningTotal.test.ts checks
 * every prefix against reduceField. Samples must be in time order. A reducer outside RUNNING_REDUCERS leaves the
 * series as it is.
 */
export function runningTotal(series: KpiSeries, reduce: string | undefined, periodOf: PeriodOf): KpiSeries {
  const { times, values } = series;
  const reducer = reducerId(reduce ?? DEFAULT_REDUCER);
  if (times === null || !RUNNING_REDUCERS.has(reducer)) {
    return series;
  }
  const outTimes: number[] = [];
  const out: Array<number | null> = [];
  let end = -Infinity;
  let fold = newFold();
  for (let i = 0; i < values.length; i++) {
    const t = times[i];
    if (!Number.isFinite(t)) {
      continue;
    }
    if (t >= end) {
      end = periodOf(t).end;
      fold = newFold();
    }
    add(fold, values[i]);
    outTimes.push(t);
    out.push(fold.numbers > 0 ? valueOf(fold, reducer as RunningReducer) : null);
  }
  return { times: outTimes, values: out };
}

interface Fold {
  sum: number;
  count: number;
  delta: number;
  last: number | null;
  up: boolean;
  /** Samples that are numbers (not null, not NaN): Grafana's nonNullCount, mean's divisor. */
  numbers: number;
}

const newFold = (): Fold => ({ sum: 0, count: 0, delta: 0, last: null, up: true, numbers: 0 });

const valueOf = (fold: Fold, reducer: RunningReducer) => (reducer === 'mean' ? fold.sum / fold.numbers : fold[reducer]);

function add(fold: Fold, v: number | null | undefined) {
  if (v === null || v === undefined) {
    return;
  }
  fold.count++;
  if (Number.isNaN(v)) {
    return;
  }
  fold.numbers++;
  fold.sum += v;
  if (fold.last !== null) {
    if (fold.last > v) {
      fold.up = false;
    } else {
      if (fold.up) {
        fold.delta += v - fold.last;
      }
      fold.up = true;
    }
  }
  fold.last = v;
}
