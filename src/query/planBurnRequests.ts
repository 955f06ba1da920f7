import { BURN_ALERT_PAIRS } from '../kpi/errorBudget';
import { durationMs } from '../kpi/grafanaKnowledge';
import { Kpi } from '../kpi/types';
import { SpanRequest } from './planKpiRequests';

/** One request per burn-rate alert pair; `longWindow` names the pair its answer is for. */
export interface BurnRequest extends SpanRequest {
  longWindow: string;
}

/**
 * The requests an SLO-type KPI's burn-rate alerts are read from: its own query, on its own datasource, once
 * per SRE workbook pair over [now - long window, now], with the usual MAX_DATA_POINTS. The interval follows
 * the span (5s for 1h, 30s for 6h, 2m for 1d, 5m for 3d; Grafana's Prometheus raises it to the scrape
 * interval, 15s by default), so each short span holds 20 to 72 samples. The window's own query cannot serve:
 * 720 points over 30 days is one an hour, which leaves the 5m span empty. One query over 3 days at a 15s step
 * would be 17,280 points, past Grafana's 11,000-point cap (it would coarsen the step to about 24s); four
 * requests of at most 720 points each cost far fewer points.
 */
export function planBurnRequests(kpi: Kpi, now: number): BurnRequest[] {
  if (!kpi.slo) {
    return [];
  }
  const { datasource } = kpi.query;
  return BURN_ALERT_PAIRS.map(({ longWindow }) => {
    const span = { from: now - durationMs(longWindow)!, to: now };
    const key = `${datasource.type ?? ''}/${datasource.uid} burn-${longWindow} ${span.from}-${span.to}`;
    return { key, longWindow, datasource, span, targets: [{ ...kpi.query, refId: kpi.id }] };
  });
}
