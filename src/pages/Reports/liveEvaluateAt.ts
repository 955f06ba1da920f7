import { type DataSourceSrv } from '@grafana/runtime';
import { filter, map, take } from 'rxjs';

import { type EvaluateAt } from '../../query/evaluateAtCloses';
import { liveKpiResults } from '../../query/liveKpiResults';

/**
 * A report's evaluation at one close, the pages' way: liveKpiResults (planned, asked through Grafana's
 * datasource service, evaluated) taken once every KPI's answers are in. Unsubscribing cancels what is in flight.
 */
export function liveEvaluateAt(dsSrv: DataSourceSrv): EvaluateAt {
  return (kpis, now, timeZone) =>
    liveKpiResults(kpis, { now, timeZone }, dsSrv).pipe(
      filter(({ results }) => results.every((r) => !r.loading && r.evaluation !== undefined)),
      take(1),
      map(({ results }) => results.map((r) => r.evaluation!))
    );
}
