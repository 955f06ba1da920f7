import { concatMap, defer, from, map, reduce, type Observable, type ObservableInput } from 'rxjs';

import { reportCloses } from '../kpi/reportCloses';
import { type ReportPeriod } from '../kpi/reportPeriod';
import { type Kpi, type KpiEvaluation } from '../kpi/types';

/** Evaluates KPIs at one `now` in one zone, the way pages and `kpi check` do (plan, ask, evaluateKpi). */
export type EvaluateAt = (kpis: Kpi[], now: number, timeZone: string) => ObservableInput<KpiEvaluation[]>;

export interface ClosedEvaluations {
  atClose: Map<string, KpiEvaluation>;
  atPreviousClose: Map<string, KpiEvaluation>;
}

/**
 * A report's evaluations: every KPI as it stood when the period closed, and when the previous period closed,
 * each through the live evaluation the caller gives (Grafana's datasource service on the page, its HTTP
 * /api/ds/query on the command line), so the report's numbers are the ones the pages showed at that moment.
 * One close after another (one per zone and period: a few), each asking within the caller's own limits.
 */
export function evaluateAtCloses(
  kpis: Kpi[],
  period: ReportPeriod,
  previousPeriod: ReportPeriod,
  evaluateAt: EvaluateAt
): Observable<ClosedEvaluations> {
  const closes = [
    ...reportCloses(kpis, period).map((close) => ({ close, at: 'atClose' as const })),
    ...reportCloses(kpis, previousPeriod).map((close) => ({ close, at: 'atPreviousClose' as const })),
  ];
  const empty: ClosedEvaluations = { atClose: new Map(), atPreviousClose: new Map() };
  return from(closes).pipe(
    concatMap(({ close, at }) =>
      defer(() => evaluateAt(close.kpis, close.now, close.zone)).pipe(map((evaluations) => ({ at, evaluations })))
    ),
    reduce((all, { at, evaluations }) => {
      evaluations.forEach((e) => all[at].set(e.id, e));
      return all;
    }, empty)
  );
}
