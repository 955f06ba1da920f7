import { type DataQuery, type DataSourceRef } from '@grafana/schema';

import { previousPeriod, previousWindow, resolveWindow, type KpiWindow, type TimeSpan } from '../kpi/kpiWindow';
import { queryIdentity } from '../kpi/stableStringify';
import { type Kpi } from '../kpi/types';
import { freshnessSpan } from './freshnessSpan';

/** The window, the previous period, and a recent span at a fine step for the newest sample's time. */
export type Period = 'current' | 'previous' | 'fresh';

/** One datasource request: queries on one datasource over one time span, keyed to find its answer. */
export interface SpanRequest {
  key: string;
  datasource: DataSourceRef;
  span: TimeSpan;
  targets: DataQuery[];
}

/** Every KPI on one datasource with one window; one query per distinct (datasource, query). */
export interface PlannedRequest extends SpanRequest {
  period: Period;
}

export interface RequestPlan {
  requests: PlannedRequest[];
  /** Per KPI id: its window and where its answer is (request key and refId) for each period. */
  kpis: Map<string, PlannedKpi>;
}

interface PlannedKpi {
  window: KpiWindow;
  /** Like-for-like: the span the previous value is read from. */
  previous: TimeSpan;
  /** A calendar window's whole previous period, which its previous request covers (its total feeds the forecast). */
  previousPeriod?: TimeSpan;
  answers: Partial<Record<Period, KpiAnswerRef>>;
}

interface KpiAnswerRef {
  requestKey: string;
  refId: string;
}

export interface PlanOptions {
  now: number;
  /** Zone for calendar windows of KPIs without their own: 'browser', 'utc' or an IANA name. */
  timeZone: string;
  withPrevious: boolean;
  /** Ask each KPI whose window's step is coarser than a minute (or 10% of maxAge) for its newest sample apart. */
  withFreshness?: boolean;
}

/**
 * Turns KPIs into as few requests as possible: grouped by datasource and time span (KPIs with the same window
 * share one), refId = the KPI's id, identical queries asked once. With the previous period, each group has a
 * second request for the span just before (a calendar window's whole previous period: its like-for-like value
 * is read from the samples up to the same elapsed point, its total feeds the forecast). With freshness, a KPI
 * whose window is answered at a coarse step gets a third over a recent span (freshnessSpan).
 */
export function planKpiRequests(kpis: Kpi[], options: PlanOptions): RequestPlan {
  const { now, timeZone, withPrevious, withFreshness = false } = options;
  const requests = new Map<string, PlannedRequest & { byIdentity: Map<string, string> }>();
  const plan: RequestPlan = { requests: [], kpis: new Map() };

  const place = (kpi: Kpi, period: Period, span: TimeSpan, group = ''): KpiAnswerRef => {
    const datasource = kpi.query.datasource;
    const key = `${datasource.type ?? ''}/${datasource.uid} ${period}${group} ${span.from}-${span.to}`;
    let request = requests.get(key);
    if (!request) {
      request = { key, datasource, period, span, targets: [], byIdentity: new Map() };
      requests.set(key, request);
    }
    const identity = queryIdentity(kpi.query);
    let refId = request.byIdentity.get(identity);
    if (refId === undefined) {
      refId = kpi.id;
      request.byIdentity.set(identity, refId);
      request.targets.push({ ...kpi.query, refId } as DataQuery);
    }
    return { requestKey: key, refId };
  };

  for (const kpi of kpis) {
    const zone = kpi.timezone ?? timeZone;
    const window = resolveWindow(kpi.window, now, zone);
    const previous = previousWindow(kpi.window, window, zone);
    const wholePrevious = previousPeriod(kpi.window, window, zone);
    const answers: Partial<Record<Period, KpiAnswerRef>> = { current: place(kpi, 'current', window) };
    if (withPrevious) {
      answers.previous = place(kpi, 'previous', wholePrevious ?? previous);
    }
    const fresh = withFreshness ? freshnessSpan(kpi, window) : undefined;
    if (fresh) {
      // Per window too: KPIs that wait for one window's answer together also wait for their freshness together,
      // and a slow query holds back no other window's KPIs.
      answers.fresh = place(kpi, 'fresh', fresh, ` ${window.from}-${window.to}`);
    }
    plan.kpis.set(kpi.id, { window, previous, previousPeriod: wholePrevious, answers });
  }
  plan.requests = [...requests.values()].map(({ byIdentity, ...request }) => request);
  return plan;
}
