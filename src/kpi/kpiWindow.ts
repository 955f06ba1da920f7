import { dateTimeForTimeZone, type DurationUnit } from '@grafana/data';

import { durationMs, isCalendarWindow } from './grafanaKnowledge';
import { type CalendarWindow } from './types';

/** A KPI's evaluation window in epoch milliseconds. For a calendar window `periodEnd` is the end of the whole period. */
export interface KpiWindow {
  from: number;
  to: number;
  calendar: boolean;
  periodStart: number;
  periodEnd: number;
  /** The zone a calendar period was resolved in. */
  zone?: string;
}

export interface TimeSpan {
  from: number;
  to: number;
}

// Weeks are ISO weeks (Monday first), the same in every locale, so a scorecard reads the same for everyone.
const CALENDAR_UNITS: Record<CalendarWindow, DurationUnit> = {
  week: 'isoWeek',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};

/**
 * The window ending at `now`: rolling windows are the last N; calendar windows run from the start of the
 * current period in `timeZone` (an IANA name, 'utc' or 'browser').
 */
export function resolveWindow(window: string, now: number, timeZone = 'browser'): KpiWindow {
  if (isCalendarWindow(window)) {
    const unit = CALENDAR_UNITS[window];
    const start = dateTimeForTimeZone(zoneName(timeZone), now).startOf(unit);
    const periodStart = start.valueOf();
    const periodEnd = start.add(1, periodUnit(window)).valueOf();
    return { from: periodStart, to: now, calendar: true, periodStart, periodEnd, zone: timeZone };
  }
  const length = durationMs(window);
  if (length === undefined) {
    throw new Error(`unknown window '${window}'`);
  }
  return { from: now - length, to: now, calendar: false, periodStart: now - length, periodEnd: now };
}

/**
 * The previous period: the same length just before a rolling window; for a calendar window the same elapsed
 * part of the previous period (like-for-like: the first 20 days of last month against the first 20 of this).
 */
export function previousWindow(window: string, current: KpiWindow, timeZone = 'browser'): TimeSpan {
  if (!current.calendar || !isCalendarWindow(window)) {
    const length = current.to - current.from;
    return { from: current.from - length, to: current.from };
  }
  const start = dateTimeForTimeZone(zoneName(timeZone), current.periodStart).add(-1, periodUnit(window)).valueOf();
  const elapsed = current.to - current.from;
  return { from: start, to: Math.min(start + elapsed, current.periodStart) };
}

/** A calendar window's whole previous period, [start of the previous period, start of this one]. */
export function previousPeriod(window: string, current: KpiWindow, timeZone = 'browser'): TimeSpan | undefined {
  if (!current.calendar || !isCalendarWindow(window)) {
    return undefined;
  }
  const start = dateTimeForTimeZone(zoneName(timeZone), current.periodStart).add(-1, periodUnit(window)).valueOf();
  return { from: start, to: current.periodStart };
}

/** The calendar period each time falls in, in the zone: where a running total starts again. */
export function calendarPeriodOf(window: CalendarWindow, timeZone = 'browser') {
  return (t: number) => {
    const { periodStart, periodEnd } = resolveWindow(window, t, timeZone);
    return { start: periodStart, end: periodEnd };
  };
}

function periodUnit(window: CalendarWindow): DurationUnit {
  return window === 'week' ? 'week' : CALENDAR_UNITS[window];
}

/** The zone as moment-timezone names it ('utc' is 'UTC'; 'browser' stays the viewer's). */
export function zoneName(timeZone: string): string {
  return timeZone.toLowerCase() === 'utc' ? 'UTC' : timeZone;
}
