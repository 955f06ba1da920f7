import { LoadingState, type DataQueryRequest, type DataQueryResponse } from '@grafana/data';
import { type DataQuery } from '@grafana/schema';
import { map, type Observable } from 'rxjs';

import { type Kpi } from '../kpi/types';
import { runKpiQueries } from '../query/runKpiQueries';
import { kpiSeriesFrames } from './kpiSeriesFrames';
import { type TableDeps } from './runKpiTable';
import { withCatalogKpi } from './withCatalogKpi';

/**
 * One KPI over the request's time range: its own query on its own datasource (any datasource), through the
 * pages' runKpiQueries, drawn as the KPI page's chart draws it (kpiSeriesFrames).
 */
export function runKpiSeries(query: DataQuery & { kpi?: string }, request: DataQueryRequest, deps: TableDeps) {
  return withCatalogKpi(query, deps, (kpi: Kpi): Observable<DataQueryResponse> => {
    const { datasource } = kpi.query;
    const span = { from: request.range.from.valueOf(), to: request.range.to.valueOf() };
    const planned = { key: `series ${kpi.id}`, datasource, span, targets: [{ ...kpi.query, refId: kpi.id }] };
    return runKpiQueries({ requests: [planned] }, deps.dsSrv, {
      scopedVars: request.scopedVars,
      timezone: request.timezone,
    }).pipe(
      map(([result]): DataQueryResponse => {
        const outcome = result.outcomes.get(kpi.id);
        if (result.loading || !outcome) {
          return { data: [], state: LoadingState.Loading, key: query.refId };
        }
        if (outcome.error !== undefined) {
          return { data: [], errors: [{ refId: query.refId, message: outcome.error }], key: query.refId };
        }
        const frames = kpiSeriesFrames(kpi, outcome.frames).map((f) => ({ ...f, refId: query.refId }));
        return { data: frames, state: LoadingState.Done, key: query.refId };
      })
    );
  });
}
