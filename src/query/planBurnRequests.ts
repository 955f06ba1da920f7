import { type DataQuery } from '@grafana/schema';

import { BURN_ALERT_PAIRS, BURN_SPANS } from '../kpi/errorBudget';
import { durationMs } from '../kpi/grafanaKnowledge';
import { type Kpi, type KpiQuery, type SloQuery } from '../kpi/types';
import { type SpanRequest } from './planKpiRequests';

/**
 * One burn-rate request: without good/total, the KPI's query over one pair's long window (`longWindow`); with
 * them, good and total over one span (`countSpan`), refIds `good` and `total`.
 */
export interface BurnRequest extends SpanRequest {
  longWindow?: string;
  countSpan?: string;
}

/**
 * The requests an SLO-type KPI's burn rates are read from (spec: "SLO KPIs").
 *
 * With `good` and `total`: each asked as one number over each span S the alerts read (5m ... 3d), over
 * [now - S, now] so that `$__range` is S; on Prometheus as an instant query at now. Exact.
 *
 * Without: the KPI's own query once per SRE workbook pair over [now - long window, now], with the usual
 * MAX_DATA_POINTS. The interval follows the span (5s for 1h, 30s for 6h, 2m for 1d, 5m for 3d; Grafana's
 * Prometheus raises it to the scrape interval, 15s by default), so each span is read at a step of at most a
 * tenth of it and the mean of its samples stands for it: an approximation, named as such on screen. The
 * window's own query cannot serve: 720 points over 30 days is one an hour, which leaves the 5m span empty.
 */
export function planBurnRequests(kpi: Kpi, now: number): BurnRequest[] {
  if (!kpi.slo) {
    return [];
  }
  const { good, total } = kpi.slo;
  if (good && total) {
    return BURN_SPANS.flatMap((countSpan) => countRequests(kpi, good, total, countSpan, now));
  }
  const { datasource } = kpi.query;
  return BURN_ALERT_PAIRS.map(({ longWindow }) => {
    const span = { from: now - durationMs(longWindow)!, to: now };
    const key = `${datasource.type ?? ''}/${datasource.uid} burn-${longWindow} ${span.from}-${span.to}`;
    return { key, longWindow, datasource, span, targets: [{ ...kpi.query, refId: kpi.id }] };
  });
}

/** good and total over one span: one request when they share a datasource, else one each. */
function countRequests(kpi: Kpi, good: SloQuery, total: SloQuery, countSpan: string, now: number): BurnRequest[] {
  const span = { from: now - durationMs(countSpan)!, to: now };
  const asked = [asQuery(kpi, good, 'good'), asQuery(kpi, total, 'total')];
  const byDatasource = new Map<string, BurnRequest>();
  for (const query of asked) {
    const { datasource } = query;
    const key = `${datasource.type ?? ''}/${datasource.uid} count-${countSpan} ${span.from}-${span.to}`;
    const request: BurnRequest = byDatasource.get(key) ?? { key, countSpan, datasource, span, targets: [] };
    request.targets.push(query as DataQuery);
    byDatasource.set(key, request);
  }
  return [...byDatasource.values()];
}

function asQuery(kpi: Kpi, query: SloQuery, refId: 'good' | 'total'): KpiQuery & { refId: string } {
  const datasource = query.datasource ?? kpi.query.datasource;
  // One number at now: Prometheus's instant query (its own fields; other datasources answer as they do, and
  // the newest number of the answer is read).
  const instant = datasource.type === 'prometheus' ? { instant: true, range: false } : {};
  return { ...instant, ...query, datasource, refId };
}
