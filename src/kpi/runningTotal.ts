import { ReducerID } from '@grafana/data';
import { DEFAULT_REDUCER, reducerId } from './grafanaKnowledge';
import { KpiSeries } from './kpiSeries';

/** Additive reducers grow with the period: on a calendar window their value so far is projected to its end. */
export const ADDITIVE_REDUCERS: ReadonlySet<string> = new Set([ReducerID.sum, ReducerID.count, ReducerID.delta]);

export function isAdditive(reduce: string | undefined): boolean {
  return ADDITIVE_REDUCERS.has(reducerId(reduce ?? DEFAULT_REDUCER));
}

/** The period a time falls in: [start, end). */
export type PeriodOf = (t: number) => { start: number; end: number };

/**
 * The running total of an additive reducer since the start of each period: at each sample, what the reducer gives
 * over the period's samples up to it, so a trend ends exactly at the value beside it (spec: additive calendar
 * KPIs trend as running totals). The fold is Grafana's own (doStandardCalcs with nulls ignored, as reduceField
 * reads a KPI's field): sum adds numbers, count counts non-null samples, delta adds rises and skips a drop (a
 * counter reset) and the rise right after it. runningTotal.test.ts checks every prefix against reduceField.
 * Samples must be in time order; samples before the first period's start are left out.
 */
export function runningTotal(series: KpiSeries, reduce: string | undefined, periodOf: PeriodOf): KpiSeries {
  const { times, values } = series;
  if (times === null) {
    return series;
  }
  const reducer = reducerId(reduce ?? DEFAULT_REDUCER);
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
    out.push(fold.any ? fold[reducer as 'sum' | 'count' | 'delta'] : null);
  }
  return { times: outTimes, values: out };
}

interface Fold {
  sum: number;
  count: number;
  delta: number;
  last: number | null;
  up: boolean;
  any: boolean;
}

const newFold = (): Fold => ({ sum: 0, count: 0, delta: 0, last: null, up: true, any: false });

function add(fold: Fold, v: number | null | undefined) {
  if (v === null || v === undefined) {
    return;
  }
  fold.count++;
  if (Number.isNaN(v)) {
    return;
  }
  fold.any = true;
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
