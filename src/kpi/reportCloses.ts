import { periodInZone, type ReportPeriod } from './reportPeriod';
import { type Kpi } from './types';

/** KPIs whose period closes at one instant: evaluated together with `now` = that instant, in `zone`. */
export interface Close {
  zone: string;
  now: number;
  kpis: Kpi[];
}

/**
 * When the period closes for each KPI: at its last millisecond (so a calendar window is the period that just
 * ended, not the first instant of the next), in the KPI's own `timezone` where it names one, else the report's.
 * One entry per distinct zone, KPIs in their given order.
 */
export function reportCloses(kpis: Kpi[], period: ReportPeriod): Close[] {
  const closes = new Map<string, Close>();
  for (const kpi of kpis) {
    const zone = kpi.timezone ?? period.zone;
    let close = closes.get(zone);
    if (!close) {
      const inZone = zone === period.zone ? period : periodInZone(period, zone);
      close = { zone, now: inZone.end - 1, kpis: [] };
      closes.set(zone, close);
    }
    close.kpis.push(kpi);
  }
  return [...closes.values()];
}
