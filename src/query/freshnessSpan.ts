import { durationMs } from '../kpi/grafanaKnowledge';
import { type KpiWindow, type TimeSpan } from '../kpi/kpiWindow';
import { type Kpi } from '../kpi/types';
import { MAX_DATA_POINTS } from './toDataQueryRequest';

const MINUTE = 60_000;

/**
 * The recent span a KPI's newest sample is read from, at a step of at most a minute or 10% of maxAge, whichever
 * is larger (spec: "Status", stale): MAX_DATA_POINTS of that step, ending at now, within the window. A 30d window
 * answered at one point an hour would otherwise make fresh data read "updated 59 minutes ago", or hide a stop of
 * 50 minutes. Undefined when the window's own step is already that fine. With maxAge the span is 72 times maxAge,
 * so whether a KPI is stale is always read at that precision; without it the last 12 hours are (older data is
 * dated by the window's answer).
 */
export function freshnessSpan(kpi: Kpi, window: KpiWindow): TimeSpan | undefined {
  const maxAge = kpi.maxAge ? (durationMs(kpi.maxAge) ?? 0) : 0;
  const precision = Math.max(MINUTE, maxAge / 10);
  if ((window.to - window.from) / MAX_DATA_POINTS <= precision) {
    return undefined;
  }
  return { from: Math.max(window.from, window.to - MAX_DATA_POINTS * precision), to: window.to };
}
