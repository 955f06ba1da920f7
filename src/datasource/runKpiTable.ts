import { LoadingState, type DataQueryRequest, type DataQueryResponse, type InterpolateFunction } from '@grafana/data';
import { type DataSourceSrv } from '@grafana/runtime';
import { catchError, from, map, of, switchMap, type Observable } from 'rxjs';

import { shownKpi } from '../kpi/catalogEntries';
import { explainEmptySelection } from '../kpi/explainSelection';
import { type LoadedCatalog } from '../query/catalogSettings';
import { errorMessage } from '../query/errorMessage';
import { failureText } from '../query/failureText';
import { selectPanelKpis } from '../query/selectPanelKpis';
import { sharedKpiResults } from '../query/sharedKpiRuns';
import { type KpiDsQuery } from './kpiQuery';
import { kpiRows } from './kpiRows';
import { kpiTableFrame, kpiTrendFrames } from './kpiTableFrame';
import { type EmptyTable } from './kpiTableMeta';
import { tableSelection } from './tableSelection';

export interface TableDeps {
  dsSrv: DataSourceSrv;
  /** Grafana's template service's replace, with the request's scoped variables. */
  replace: InterpolateFunction;
  /** The catalog: the app's settings (fetchCatalog, one read shared by the queries of a dashboard). */
  catalog: () => Promise<LoadedCatalog>;
}

/**
 * The KPIs a query's selector picks, as the KPI table and their trends: planned, batched and evaluated by
 * liveKpiResults, the pages' one way, in one plan with the other table queries of the same refresh
 * (sharedKpiResults). Emits as answers arrive (state Loading until every KPI is in), evaluated at
 * the request's time range end. A catalog that cannot be read or parsed is the query's error.
 */
export function runKpiTable(
  query: KpiDsQuery,
  request: DataQueryRequest,
  deps: TableDeps
): Observable<DataQueryResponse> {
  const now = request.range.to.valueOf();
  const { refId } = query;
  const emptyTable = (empty: EmptyTable): DataQueryResponse => ({
    data: [kpiTableFrame([], { now, empty }, refId)],
    state: LoadingState.Done,
    key: refId,
  });
  return from(deps.catalog()).pipe(
    switchMap((catalog) => {
      if (!catalog.configured) {
        return of(emptyTable({ kind: 'not-configured' }));
      }
      if (catalog.parseError) {
        return of({
          data: [],
          errors: [{ refId, message: catalog.parseError }],
          state: LoadingState.Error,
          key: refId,
        });
      }
      const chosen = tableSelection(query, catalog, deps.replace);
      if ('empty' in chosen) {
        return of(emptyTable(chosen.empty));
      }
      const { selector } = chosen;
      const selection = selectPanelKpis(catalog, selector, chosen.byIds);
      if (selection.nothingChosen) {
        return of(emptyTable({ kind: 'nothing-chosen' }));
      }
      if (selection.kpis.length === 0 && selection.invalid.length === 0) {
        const kpis = catalog.validation.kpis.map(shownKpi);
        return of(emptyTable({ kind: 'catalog', reasons: explainEmptySelection(kpis, { ...selector, status: [] }) }));
      }
      const statuses = selector.status ?? [];
      const timeZone = request.timezone || 'browser';
      return sharedKpiResults(selection.kpis, { now, timeZone, scopedVars: request.scopedVars }, deps.dsSrv).pipe(
        map(({ results }): DataQueryResponse => {
          const rows = kpiRows(selection, results, statuses);
          const done = results.every((r) => r.evaluation && !r.loading);
          const empty: EmptyTable | undefined = done && rows.length === 0 ? { kind: 'status', statuses } : undefined;
          return {
            data: [kpiTableFrame(rows, { now, empty }, refId), ...kpiTrendFrames(rows, refId)],
            state: done ? LoadingState.Done : LoadingState.Loading,
            key: refId,
          };
        })
      );
    }),
    catchError((e) =>
      of({
        data: [],
        errors: [{ refId, message: errorMessage(e, failureText.request()) }],
        state: LoadingState.Error,
        key: refId,
      })
    )
  );
}
