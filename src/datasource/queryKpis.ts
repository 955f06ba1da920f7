import { type DataQueryRequest, type DataQueryResponse } from '@grafana/data';
import { getDataSourceSrv, getTemplateSrv } from '@grafana/runtime';
import { merge, of, type Observable } from 'rxjs';

import { fetchCatalog } from '../query/catalogSettings';
import { type KpiDsQuery } from './kpiQuery';
import { runKpiSeries } from './runKpiSeries';
import { runKpiTable, type TableDeps } from './runKpiTable';
import { runSloBudget } from './runSloBudget';

/**
 * A request to the KPI datasource: each visible query streams its frames as the KPIs' own datasources answer.
 * The provisioned datasource and the one the app's pages register at runtime both answer with this.
 */
export function queryKpis(request: DataQueryRequest<KpiDsQuery>): Observable<DataQueryResponse> {
  const targets = request.targets.filter((q) => !q.hide);
  if (targets.length === 0) {
    return of({ data: [] });
  }
  const deps: TableDeps = {
    dsSrv: getDataSourceSrv(),
    catalog: fetchCatalog,
    replace: (text, scopedVars, format) => getTemplateSrv().replace(text, scopedVars ?? request.scopedVars, format),
  };
  return merge(
    ...targets.map((q) => {
      if (q.queryType === 'series') {
        return runKpiSeries(q, request, deps);
      }
      if (q.queryType === 'budget') {
        return runSloBudget(q, request, deps);
      }
      return runKpiTable(q, request, deps);
    })
  );
}
