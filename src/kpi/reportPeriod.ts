import { dateTimeForTimeZone, type DateTime } from '@grafana/data';

import { zoneName } from './kpiWindow';

export type PeriodKind = 'month' | 'quarter' | 'year';
export const PERIOD_KINDS: PeriodKind[] = ['month', 'quarter', 'year'];

/** A calendar month, quarter or year resolved in a time zone: [start, end) in epoch ms. */
export interface ReportPeriod {
  kind: PeriodKind;
  /** As the command line writes it: `2026-11`, `2026-Q3`, `2026`. */
  label: string;
  year: number;
  /** 1..12 for a month, 1..4 for a quarter, 1 for a year. */
  index: number;
  start: number;
  end: number;
  /** 'utc', 'browser' or an IANA name, as given. */
  zone: string;
}

const MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 };
const SHAPES = `a month (2026-11), a quarter (2026-Q3) or a year (2026)`;

/** A period that cannot be read, or is not closed: the message says which and what to write instead. */
export class PeriodError extends Error {}

/** Reads `2026-11`, `2026-Q3` (or `q3`) or `2026` as that calendar period in `timeZone`. */
export function parseReportPeriod(text: string, timeZone: string): ReportPeriod {
  const written = text.trim();
  const month = /^(\d{4})-(\d{2})$/.exec(written);
  const quarter = /^(\d{4})-[Qq](\d)$/.exec(written);
  const year = /^(\d{4})$/.exec(written);
  const [kind, match] = month
    ? (['month', month] as const)
    : quarter
      ? (['quarter', quarter] as const)
      : ['year' as const, year];
  if (!match) {
    throw new PeriodError(`'${text}' is not ${SHAPES}`);
  }
  const y = Number(match[1]);
  const index = kind === 'year' ? 1 : Number(match[2]);
  if (y < 1970) {
    throw new PeriodError(`'${text}': the year must be 1970 or later`);
  }
  if (index < 1 || index > (kind === 'month' ? 12 : 4)) {
    throw new PeriodError(`'${text}': there is no ${kind === 'month' ? 'month' : 'quarter'} ${match[2]} (${SHAPES})`);
  }
  return periodOf(kind, y, index, timeZone);
}

/** The period of that kind, year and index (1-based) in the zone. */
function periodOf(kind: PeriodKind, year: number, index: number, timeZone: string): ReportPeriod {
  const firstMonth = (index - 1) * (kind === 'quarter' ? 3 : 1) + 1;
  const first = startOfMonth(year, firstMonth, timeZone);
  // Read before add(): Grafana's DateTime is a moment, and add() changes it.
  const start = first.valueOf();
  const end = first.add(MONTHS[kind], 'month').valueOf();
  return { kind, label: labelOf(kind, year, index), year, index, start, end, zone: timeZone };
}

/** The period of the same kind just before (the previous month, quarter or year), in the same zone. */
export function previousReportPeriod(period: ReportPeriod): ReportPeriod {
  const count = period.kind === 'month' ? 12 : period.kind === 'quarter' ? 4 : 1;
  const first = period.index === 1;
  return periodOf(period.kind, first ? period.year - 1 : period.year, first ? count : period.index - 1, period.zone);
}

/** The same calendar period in another zone (a KPI that names its own closes the period there). */
export function periodInZone(period: ReportPeriod, timeZone: string): ReportPeriod {
  return periodOf(period.kind, period.year, period.index, timeZone);
}

/**
 * Why a period cannot be reported at `now` (it has not ended, or has not even begun), or undefined when it is
 * closed. A report on an open period would pass a value that can still move off as final.
 */
export function openPeriodProblem(period: ReportPeriod, now: number): string | undefined {
  if (period.end <= now) {
    return undefined;
  }
  const last = lastClosedPeriod(period.kind, now, period.zone).label;
  if (period.start > now) {
    return `${period.label} is in the future: a report covers a closed ${period.kind}, such as ${last}`;
  }
  const closes = dateTimeForTimeZone(zoneName(period.zone), period.end).format('YYYY-MM-DD HH:mm Z');
  return `${period.label} has not closed yet (it closes ${closes}): the last closed ${period.kind} is ${last}`;
}

/** `text` read as a period in the zone that has closed by `now`; else a PeriodError that says why. */
export function readClosedPeriod(text: string, timeZone: string, now: number): ReportPeriod {
  const period = parseReportPeriod(text, timeZone);
  const open = openPeriodProblem(period, now);
  if (open !== undefined) {
    throw new PeriodError(open);
  }
  return period;
}

/** The newest period of that kind that has ended by `now`. */
export function lastClosedPeriod(kind: PeriodKind, now: number, timeZone: string): ReportPeriod {
  return previousReportPeriod(periodContaining(kind, now, timeZone));
}

/** The closed periods of that kind, newest first, `count` of them. */
export function closedPeriods(kind: PeriodKind, now: number, timeZone: string, count: number): ReportPeriod[] {
  const periods = [lastClosedPeriod(kind, now, timeZone)];
  while (periods.length < count) {
    periods.push(previousReportPeriod(periods[periods.length - 1]));
  }
  return periods;
}

function periodContaining(kind: PeriodKind, now: number, timeZone: string): ReportPeriod {
  const [year, month] = dateTimeForTimeZone(zoneName(timeZone), now).format('YYYY M').split(' ').map(Number);
  const index = kind === 'year' ? 1 : kind === 'quarter' ? Math.ceil(month / 3) : month;
  return periodOf(kind, year, index, timeZone);
}

function startOfMonth(year: number, month: number, timeZone: string): DateTime {
  const text = `${year}-${String(month).padStart(2, '0')}-01 00:00`;
  return dateTimeForTimeZone(zoneName(timeZone), text, 'YYYY-MM-DD HH:mm');
}

function labelOf(kind: PeriodKind, year: number, index: number): string {
  return kind === 'year'
    ? String(year)
    : kind === 'quarter'
      ? `${year}-Q${index}`
      : `${year}-${String(index).padStart(2, '0')}`;
}
