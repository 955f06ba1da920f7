import { KpiSeries } from './kpiSeries';
import { KpiWindow, calendarPeriodOf } from './kpiWindow';
import { isAdditive, runningTotal } from './runningTotal';
import { sloTargetValue } from './sloBudget';
import { Kpi, Target } from './types';
import { isCalendarWindow } from './grafanaKnowledge';

/**
 * What a KPI's trend (sparkline, chart) draws: for an additive reducer on a calendar window the running total
 * since the start of the period, the quantity its value and target are in (spec: a raw counter in the millions
 * next to a period target of 1.5M says nothing true); for any other KPI its series as answered.
 */
export function trendSeries(kpi: Kpi, series: KpiSeries, window: KpiWindow | undefined): KpiSeries {
  if (!window?.calendar || !isCalendarWindow(kpi.window) || !isAdditive(kpi.reduce)) {
    return series;
  }
  return runningTotal(series, kpi.reduce, calendarPeriodOf(kpi.window, window.zone));
}

/** Whether trendSeries draws running totals for this KPI. */
export function trendsAsRunningTotal(kpi: Kpi): boolean {
  return isCalendarWindow(kpi.window) && isAdditive(kpi.reduce);
}

/** The target a trend's line marks: an SLO's is its objective, in the KPI's unit. */
export function trendTarget(kpi: Kpi): Target {
  const slo = sloTargetValue(kpi);
  return slo === null ? kpi.target : { value: slo };
}
