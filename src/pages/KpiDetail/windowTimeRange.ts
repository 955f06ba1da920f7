import { isCalendarWindow } from '../../kpi/grafanaKnowledge';

const CALENDAR_FROM: Record<string, string> = { week: 'now/w', month: 'now/M', quarter: 'now/Q', year: 'now/y' };

/** The time range that shows a KPI's window: `now-7d` for a rolling 7d, `now/M` for a calendar month. */
export function windowTimeRange(window: string): { from: string; to: string } {
  return { from: isCalendarWindow(window) ? CALENDAR_FROM[window] : `now-${window}`, to: 'now' };
}
