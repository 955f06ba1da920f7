import { dateTime, getDefaultTimeRange, type TimeRange } from '@grafana/data';
import { t } from '@grafana/i18n';
import { DataSourcePicker } from '@grafana/runtime';
import { Alert, Field, InlineSwitch, Stack } from '@grafana/ui';
import React, { useMemo, useState } from 'react';

import { resolveWindow } from '../../kpi/kpiWindow';
import { type KpiQuery } from '../../kpi/types';
import { DatasourceQueryEditor } from './DatasourceQueryEditor';
import { KpiQueryYaml } from './KpiQueryYaml';
import { useQueryDatasource } from './useQueryDatasource';

interface Props {
  query: KpiQuery;
  onChange: (query: KpiQuery) => void;
  /** The editor asked to run the query (Grafana's onRunQuery): the form previews the KPI. */
  onRunQuery: () => void;
  /** The KPI's window: the range the editor looks up metrics and labels in. */
  window: string;
  /** Validation's errors for the query, each with its place (`query.datasource.uid: ...`, `query.expr: ...`). */
  errors?: string[];
}

/**
 * The KPI's query: the datasource from Grafana's picker, the query in that datasource's own editor, as Grafana
 * shows it in a panel's query row. As YAML of the datasource's query model where the datasource has no editor,
 * failed to load, or the admin asks for it.
 */
export function KpiQueryField({ query, onChange, onRunQuery, window, errors = [] }: Props) {
  const { datasource } = query;
  // One object per query, not per render: the editor's query changes only when the query does.
  const body = useMemo(() => withoutDatasource(query), [query]);
  const loaded = useQueryDatasource(datasource?.uid || undefined);
  const [asYaml, setAsYaml] = useState(false);
  const range = useMemo(() => editorRange(window), [window]);
  const dsErrors = errors.filter((e) => e.startsWith('query.datasource')).join('; ');
  const queryError = errors.filter((e) => !e.startsWith('query.datasource')).join('; ') || undefined;
  const setBody = (next: Record<string, unknown>) => onChange({ ...next, datasource });
  const editor = loaded.phase === 'ready' ? loaded.ds.components?.QueryEditor : undefined;
  return (
    <Stack direction="column" gap={1}>
      <Stack gap={2} alignItems="flex-end" wrap="wrap">
        <Field label={t('manage.kpi.datasource', 'Datasource')} invalid={Boolean(dsErrors)} error={dsErrors} noMargin>
          <DataSourcePicker
            current={datasource?.uid ? datasource.uid : null}
            noDefault
            onChange={(ds) => onChange({ ...body, datasource: { type: ds.type, uid: ds.uid } })}
          />
        </Field>
        {editor && (
          <InlineSwitch
            showLabel
            label={t('manage.kpi.query-as-yaml', 'Edit as YAML')}
            value={asYaml}
            onChange={() => setAsYaml(!asYaml)}
          />
        )}
      </Stack>
      {loaded.phase === 'failed' && (
        <Alert severity="warning" title={t('manage.kpi.datasource-failed', 'The datasource did not load')}>
          <div>{loaded.error}</div>
          <div>{t('manage.kpi.datasource-failed-body', 'Its query editor cannot show: edit the query as YAML.')}</div>
        </Alert>
      )}
      {loaded.phase === 'ready' && !editor && (
        <Alert severity="info" title={t('manage.kpi.no-query-editor', 'This datasource has no query editor here')}>
          {t('manage.kpi.no-query-editor-body', 'Write its query as YAML, with the fields the datasource defines.')}
        </Alert>
      )}
      {editor && !asYaml && loaded.phase === 'ready' ? (
        <Field label={t('manage.kpi.query', 'Query')} invalid={Boolean(queryError)} error={queryError} noMargin>
          <DatasourceQueryEditor ds={loaded.ds} body={body} onChange={setBody} onRunQuery={onRunQuery} range={range} />
        </Field>
      ) : (
        // Keyed by the datasource and the switch: the text starts from the query as the editor left it.
        <KpiQueryYaml key={`${datasource?.uid}:${asYaml}`} body={body} onChange={setBody} error={queryError} />
      )}
    </Stack>
  );
}

function withoutDatasource({ datasource, ...body }: KpiQuery): Record<string, unknown> {
  return body;
}

/** The KPI's window ending now, or Grafana's default range while the window is not valid yet. */
function editorRange(window: string): TimeRange {
  try {
    const { from, to } = resolveWindow(window, Date.now());
    return { from: dateTime(from), to: dateTime(to), raw: { from: dateTime(from), to: dateTime(to) } };
  } catch {
    return getDefaultTimeRange();
  }
}
