import { type KpiWindow } from './kpiWindow';

/** Without the previous period's total, no forecast before this share of the period has elapsed. */
export const LINEAR_FORECAST_FROM = 0.1;

/**
 * The value so far projected to the end of a calendar period (spec: "Status"). With `e` the elapsed share and
 * `P` the previous period's whole total, the rest of the period runs at a pace that blends this period's
 * (weight e) with the previous one's (weight 1 - e): v + (1 - e) * (v + (1 - e) * P). Early on that leans on the
 * previous period, so one deploy in the first hour cannot forecast a thousand. Without P it is linear (v / e),
 * and null before 10% of the period: then the status compares the value itself with the target.
 */
export function periodForecast(window: KpiWindow, value: number, previousTotal: number | null): number | null {
  const length = window.periodEnd - window.periodStart;
  const elapsed = window.to - window.periodStart;
  if (!window.calendar || length <= 0 || elapsed < 0) {
    return null;
  }
  const e = Math.min(1, elapsed / length);
  if (previousTotal !== null) {
    return value + (1 - e) * (value + (1 - e) * previousTotal);
  }
  return e < LINEAR_FORECAST_FROM ? null : value / e;
}
