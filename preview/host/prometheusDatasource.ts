// The bench's one datasource: Grafana's own DataSourceWithBackend, so a query takes
// Grafana's path (POST /api/ds/query, then toDataQueryResponse) to a real Prometheus.
import { DataSourceWithBackend, getTemplateSrv } from '@grafana/runtime';

import { PreviewPromQueryEditor } from './promQueryEditor';

import type { DataQuery, DataSourceInstanceSettings, DataSourceJsonData, ScopedVars } from '@grafana/data';

export interface PromQuery extends DataQuery {
  expr?: string;
  legendFormat?: string;
  interval?: string;
  instant?: boolean;
  range?: boolean;
}

export class PreviewPrometheusDatasource extends DataSourceWithBackend<PromQuery, DataSourceJsonData> {
  constructor(settings: DataSourceInstanceSettings<DataSourceJsonData>) {
    super(settings);
    // Grafana sets an instance's components from its plugin module; Prometheus' editor is a stand-in here.
    this.components = { QueryEditor: PreviewPromQueryEditor };
  }

  // Like Grafana's Prometheus datasource: dashboard variables are replaced here,
  // $__interval and friends by the backend.
  applyTemplateVariables(query: PromQuery, scopedVars: ScopedVars): PromQuery {
    return { ...query, expr: getTemplateSrv().replace(query.expr ?? '', scopedVars) };
  }

  filterQuery(query: PromQuery): boolean {
    return !query.hide && Boolean(query.expr);
  }
}
