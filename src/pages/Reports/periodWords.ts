import { dateTimeForTimeZone } from '@grafana/data';
import { t } from '@grafana/i18n';

import { zoneName } from '../../kpi/kpiWindow';
import { type PeriodKind, type ReportPeriod } from '../../kpi/reportPeriod';

/** "Q3 2026", "November 2026", "2025": a period as a viewer reads it (the month in the viewer's language). */
export function periodName(period: ReportPeriod): string {
  switch (period.kind) {
    case 'quarter':
      return t('reports.period.quarter', 'Q{{index}} {{year}}', { index: period.index, year: period.year });
    case 'month':
      return dateTimeForTimeZone(zoneName(period.zone), period.start).format('MMMM YYYY');
    case 'year':
      return String(period.year);
  }
}

/** "1 Jul 2026 – 30 Sep 2026": the period's first and last day, in its zone. */
export function periodDays(period: ReportPeriod): string {
  const day = (t: number) => dateTimeForTimeZone(zoneName(period.zone), t).format('D MMM YYYY');
  return `${day(period.start)} – ${day(period.end - 1)}`;
}

/** The zone's name: the viewer's own IANA name for 'browser', so a printed report says where its days end. */
export function zoneLabel(zone: string): string {
  if (zone === 'browser') {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  }
  return zone.toLowerCase() === 'utc' ? 'UTC' : zone;
}

export function kindWord(kind: PeriodKind): string {
  switch (kind) {
    case 'month':
      return t('reports.kind.month', 'Month');
    case 'quarter':
      return t('reports.kind.quarter', 'Quarter');
    case 'year':
      return t('reports.kind.year', 'Year');
  }
}

/** How many closed periods of each kind the picker offers: two years of months and quarters, five years. */
export const OFFERED: Record<PeriodKind, number> = { month: 24, quarter: 8, year: 5 };
