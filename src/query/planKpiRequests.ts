import { DataQuery, DataSourceRef } from '@grafana/schema';
import { KpiWindow, TimeSpan, previousWindow, resolveWindow } from '../kpi/kpiWindow';
import { queryIdentity } from '../kpi/stableStringify';
import { Kpi } from '../kpi/types';

export type Period = 'current' | 'previous';

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
  kpis: Map<string, { window: KpiWindow; previous: TimeSpan; answers: Partial<Record<Period, KpiAnswerRef>> }>;
}

export interface KpiAnswerRef {
  requestKey: string;
  refId: string;
}

export interface PlanOptions {
  now: number;
  /** Zone for calendar windows of KPIs without their own: 'browser', 'utc' or an IANA name. */
  timeZone: string;
  withPrevious: boolean;
}

/**
 * Turns KPIs into as few requests as possible: grouped by datasource and time span (KPIs with the same window
 * share one), refId = the KPI's id, identical queries asked once. With the previous period, each group has a
 * second request for the span just before.
 */
export function planKpiRequests(kpis: Kpi[], { now, timeZone, withPrevious }: PlanOptions): RequestPlan {
  const requests = new Map<string, PlannedRequest & { byIdentity: Map<string, string> }>();
  const plan: RequestPlan = { requests: [], kpis: new Map() };

  const place = (kpi: Kpi, period: Period, span: TimeSpan): KpiAnswerRef => {
    const datasource = kpi.query.datasource;
    const key = `${datasource.type ?? ''}/${datasource.uid} ${period} ${span.from}-${span.to}`;
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
    const answers: Partial<Record<Period, KpiAnswerRef>> = { current: place(kpi, 'current', window) };
    if (withPrevious) {
      answers.previous = place(kpi, 'previous', previous);
    }
    plan.kpis.set(kpi.id, { window, previous, answers });
  }
  plan.requests = [...requests.values()].map(({ byIdentity, ...request }) => request);
  return plan;
}
