import { DEFAULT_REDUCER, isCalendarWindow, reducerId } from './grafanaKnowledge';
import { type KpiSeries } from './kpiSeries';
import { calendarPeriodOf, type KpiWindow } from './kpiWindow';
import { isAdditive, RUNNING_REDUCERS, runningTotal, type PeriodOf } from './runningTotal';
import { sloStatusTarget } from './sloBudget';
import { type Kpi, type Target } from './types';

/**
 * What a KPI's trend (sparkline, chart) draws: the quantity its value and target are in, ending at the value.
 * - An additive reducer on a calendar window: the running total since the start of the period (spec: a raw
 *   counter in the millions next to a period target of 1.5M says nothing true).
 * - An SLO whose value is the mean of its query: its SLI over the window so far (the running mean). The objective
 *   judges the window's SLI: an hour at 97% spends budget but misses no 99.9% SLO, and drawn raw against the
 *   objective line it reads as a miss while the card says on track (or as "at the line" while it is overspent).
 * - Any other KPI: its series as answered.
 * Samples before the window's start are left out, as its value leaves them out.
 */
export function trendSeries(kpi: Kpi, series: KpiSeries, window: KpiWindow | undefined): KpiSeries {
  const periods = window && trendPeriods(kpi, window.zone);
  if (!periods || !window) {
    return series;
  }
  return runningTotal(fromWindowStart(series, window.from), kpi.reduce, periods);
}

/**
 * Where a KPI's running trend starts again: each calendar period (in `zone`) for an additive calendar KPI or an
 * SLO on a calendar window, never for an SLO on a rolling window; undefined when the KPI trends as answered.
 */
export function trendPeriods(kpi: Kpi, zone: string | undefined): PeriodOf | undefined {
  const calendar = isCalendarWindow(kpi.window) ? calendarPeriodOf(kpi.window, zone) : undefined;
  if (isAdditive(kpi.reduce)) {
    return calendar;
  }
  if (kpi.slo && RUNNING_REDUCERS.has(reducerId(kpi.reduce ?? DEFAULT_REDUCER))) {
    return calendar ?? wholeSpan;
  }
  return undefined;
}

/** Whether trendSeries draws a running value for this KPI (the chart transforms its answer the same way). */
export function trendsAsRunningTotal(kpi: Kpi): boolean {
  return trendPeriods(kpi, undefined) !== undefined;
}

/**
 * The edges a trend marks, those the status is judged by: an SLO's are its budget's (on track from a quarter of
 * it left, at risk down to the objective), any other KPI's its target. The line marks where on track begins.
 */
export function trendTarget(kpi: Kpi): Target {
  return sloStatusTarget(kpi) ?? kpi.target;
}

const wholeSpan: PeriodOf = () => ({ start: -Infinity, end: Infinity });

function fromWindowStart(series: KpiSeries, from: number): KpiSeries {
  const { times, values } = series;
  if (times === null || !(times[0] < from)) {
    return series;
  }
  const first = times.findIndex((t) => t >= from);
  return first < 0 ? { times: [], values: [] } : { times: times.slice(first), values: values.slice(first) };
}
