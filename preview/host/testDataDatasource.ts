// Grafana's TestData datasource (grafana-testdata-datasource) for the preview: like Grafana's own frontend, its
// csv_content queries go to the backend (POST /api/ds/query, where preview/testdata serves them) through
// DataSourceWithBackend, with the dashboard's variables replaced in the CSV, alias and labels first.
import { DataSourceWithBackend, getTemplateSrv } from '@grafana/runtime';

import type { DataQuery, DataSourceInstanceSettings, DataSourceJsonData, ScopedVars } from '@grafana/data';

export interface TestDataQuery extends DataQuery {
  scenarioId?: string;
  csvContent?: string;
  alias?: string;
  labels?: string;
}

export class PreviewTestDataDatasource extends DataSourceWithBackend<TestDataQuery, DataSourceJsonData> {
  constructor(settings: DataSourceInstanceSettings<DataSourceJsonData>) {
    super(settings);
  }

  applyTemplateVariables(query: TestDataQuery, scopedVars: ScopedVars): TestDataQuery {
    const replace = (text?: string) => (text === undefined ? undefined : getTemplateSrv().replace(text, scopedVars));
    return {
      ...query,
      csvContent: replace(query.csvContent),
      alias: replace(query.alias),
      labels: replace(query.labels),
    };
  }

  filterQuery(query: TestDataQuery): boolean {
    return !query.hide;
  }
}
