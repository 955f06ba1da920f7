import { DataSourcePluginContextProvider, type DataSourceApi, type TimeRange } from '@grafana/data';
import { t } from '@grafana/i18n';
import { getDataSourceSrv } from '@grafana/runtime';
import { type DataQuery } from '@grafana/schema';
import { ErrorBoundaryAlert } from '@grafana/ui';
import React, { useMemo } from 'react';

interface Props {
  ds: DataSourceApi;
  /** The query's own fields, without its datasource. */
  body: Record<string, unknown>;
  onChange: (body: Record<string, unknown>) => void;
  onRunQuery: () => void;
  range: TimeRange;
}

// The app gives each planned query its own refId (the KPI's id); an editor needs one to work with.
const REF_ID = 'A';

/**
 * The datasource's own query editor (`ds.components.QueryEditor`), rendered as Grafana's query row renders it:
 * inside the datasource's plugin context and an error boundary, with the query, its changes, a run and the range.
 * What it writes goes into the KPI's query as the datasource defines it, without the editor's refId.
 */
export function DatasourceQueryEditor({ ds, body, onChange, onRunQuery, range }: Props) {
  const QueryEditor = ds.components!.QueryEditor!;
  const query = useMemo(() => ({ refId: REF_ID, ...body }) as DataQuery, [body]);
  const change = ({ refId, datasource, ...rest }: DataQuery) => onChange(rest);
  const settings = getDataSourceSrv().getInstanceSettings({ uid: ds.uid });
  const editor = (
    <ErrorBoundaryAlert
      boundaryName="kpi-query-editor"
      title={t('manage.kpi.query-editor-crashed', "The datasource's query editor failed: edit the query as YAML")}
    >
      <QueryEditor
        query={query}
        datasource={ds}
        onChange={change}
        onRunQuery={onRunQuery}
        range={range}
        queries={[query]}
      />
    </ErrorBoundaryAlert>
  );
  // Editors that read their datasource's settings from the plugin context find them, as in Grafana.
  return settings ? (
    <DataSourcePluginContextProvider instanceSettings={settings}>{editor}</DataSourcePluginContextProvider>
  ) : (
    editor
  );
}
