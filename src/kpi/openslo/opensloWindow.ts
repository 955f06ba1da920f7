import { type CalendarWindow } from '../types';

/** OpenSLO's `timeWindow` entry. */
export interface OpenSloTimeWindow {
  duration: string;
  isRolling: boolean;
  calendar?: { startTime: string; timeZone: string };
}

/** A calendar window as OpenSLO writes it: one period, counted from a start that begins one (2024-01-01 is a Monday). */
const CALENDAR: Record<CalendarWindow, string> = { week: '1w', month: '1M', quarter: '1Q', year: '1Y' };
const START = '2024-01-01 00:00:00';
/**
 * OpenSLO's schema wants an Area/City in the zone (its pattern is unanchored, as here: America/Port-au-Prince and
 * America/Argentina/Buenos_Aires pass); a KPI without a zone (the viewer's) or in UTC is written Etc/UTC.
 */
const ZONE = /[A-Z][a-zA-Z_]+\/[A-Z][a-zA-Z_]+/;

/** The KPI's window as OpenSLO's timeWindow, or the reason it has none (a duration OpenSLO cannot write). */
export function toTimeWindow(window: string, timezone?: string): OpenSloTimeWindow | string {
  if (window in CALENDAR) {
    const timeZone = timezone && ZONE.test(timezone) ? timezone : 'Etc/UTC';
    return { duration: CALENDAR[window as CalendarWindow], isRolling: false, calendar: { startTime: START, timeZone } };
  }
  return /^[1-9][0-9]*[mhdw]$/.test(window)
    ? { duration: window, isRolling: true }
    : `window '${window}' has no OpenSLO duration (a whole number of m, h, d or w)`;
}

/** OpenSLO's timeWindow as the KPI's window (and zone), or what is wrong with it, for the place it is at. */
export function fromTimeWindow(entry: unknown): { window: string; timezone?: string } | string {
  const record = (entry ?? {}) as Partial<OpenSloTimeWindow>;
  const duration = typeof record.duration === 'string' ? record.duration : '';
  if (record.isRolling === true) {
    const match = /^([1-9][0-9]*)([mhdw])$/.exec(duration);
    if (!match) {
      return `a rolling window of '${duration}' has no catalog window: use minutes, hours, days or weeks (30d, not 1M)`;
    }
    return { window: match[2] === 'w' ? `${Number(match[1]) * 7}d` : duration };
  }
  const calendar = Object.entries(CALENDAR).find(([, d]) => d === duration)?.[0];
  if (!calendar) {
    return `a calendar window of '${duration}' has no catalog window: use 1w, 1M, 1Q or 1Y`;
  }
  return { window: calendar, timezone: record.calendar?.timeZone };
}
