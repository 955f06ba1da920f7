import { type DataQueryRequest, type DataQueryResponse } from '@grafana/data';
import { registerRuntimeDataSource, RuntimeDataSource } from '@grafana/scenes';
import { type DataSourceRef } from '@grafana/schema';
import { type Observable } from 'rxjs';

import { KPI_DATASOURCE } from '../kpi/pluginId';
import { type KpiDsQuery } from './kpiQuery';
import { queryKpis } from './queryKpis';

/**
 * The KPI datasource as the app's own pages ask it: registered with scenes at runtime, so a page shows the
 * scorecard panel whether or not an admin created the KPI datasource for dashboards. Same queries, same code.
 */
class PagesKpiDataSource extends RuntimeDataSource {
  // Scenes registers runtime datasources by the base query type; every field of a KPI query is optional.
  query(request: DataQueryRequest): Observable<DataQueryResponse> {
    return queryKpis(request as DataQueryRequest<KpiDsQuery>);
  }
}

const PAGES_KPI_DATASOURCE: DataSourceRef = { type: KPI_DATASOURCE.type, uid: `${KPI_DATASOURCE.uid}-pages` };
let registered = false;

/** The reference a page's query runner names; registers the datasource the first time a page asks. */
export function pagesKpiDataSource(): DataSourceRef {
  if (!registered) {
    registerRuntimeDataSource({
      dataSource: new PagesKpiDataSource(PAGES_KPI_DATASOURCE.type!, PAGES_KPI_DATASOURCE.uid!),
    });
    registered = true;
  }
  return PAGES_KPI_DATASOURCE;
}
