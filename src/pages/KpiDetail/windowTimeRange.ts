import { dateMath } from '@grafana/data';

import { durationMs, isCalendarWindow } from '../../kpi/grafanaKnowledge';

const CALENDAR_FROM: Record<string, string> = { week: 'now/w', month: 'now/M', quarter: 'now/Q', year: 'now/y' };

/**
 * The time range that shows a KPI's window: `now-7d` for a rolling 7d, `now/M` for a calendar month. A window
 * Grafana's time picker cannot say (`1ms`: it has no milliseconds) is given in whole seconds, at least one.
 */
export function windowTimeRange(window: string): { from: string; to: string } {
  if (isCalendarWindow(window)) {
    return { from: CALENDAR_FROM[window], to: 'now' };
  }
  const from = `now-${window}`;
  if (dateMath.toDateTime(from, {})?.isValid()) {
    return { from, to: 'now' };
  }
  return { from: `now-${Math.max(1, Math.ceil((durationMs(window) ?? 0) / 1000))}s`, to: 'now' };
}
