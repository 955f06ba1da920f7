import React, { useState } from 'react';
import { t } from '@grafana/i18n';
import { DataSourcePicker } from '@grafana/runtime';
import { Field, Stack, TextArea } from '@grafana/ui';
import { catalogToYaml } from '../../kpi/catalogYaml';
import { parseYamlOrJson } from '../../kpi/parseCatalogText';
import { isRecord } from '../../kpi/places';
import { KpiCatalog, KpiQuery } from '../../kpi/types';

interface Props {
  query: KpiQuery;
  onChange: (query: KpiQuery) => void;
  error?: string;
}

/**
 * The KPI's query: the datasource from Grafana's picker, the rest as YAML exactly as that datasource defines
 * its query (expr for Prometheus, rawSql for SQL ...), so any datasource works without a query editor per type.
 */
export function KpiQueryField({ query, onChange, error }: Props) {
  const { datasource, ...body } = query;
  const [text, setText] = useState(() =>
    Object.keys(body).length ? catalogToYaml(body as unknown as KpiCatalog) : ''
  );
  const [parseError, setParseError] = useState<string>();
  const onText = (value: string) => {
    setText(value);
    try {
      const parsed = value.trim() === '' ? {} : parseYamlOrJson(value);
      if (!isRecord(parsed)) {
        setParseError(t('manage.kpi.query-not-object', 'the query must be key: value lines'));
        return;
      }
      setParseError(undefined);
      onChange({ ...parsed, datasource });
    } catch (e) {
      setParseError((e as Error).message);
    }
  };
  return (
    <Stack direction="column" gap={1}>
      <Field label={t('manage.kpi.datasource', 'Datasource')} invalid={Boolean(error)} error={error} noMargin>
        <DataSourcePicker
          current={datasource?.uid ? datasource.uid : null}
          noDefault
          onChange={(ds) => onChange({ ...body, datasource: { type: ds.type, uid: ds.uid } })}
        />
      </Field>
      <Field
        label={t('manage.kpi.query', 'Query')}
        description={t('manage.kpi.query-help', 'The query as the datasource defines it, e.g. expr: sum(rate(x[5m]))')}
        invalid={Boolean(parseError)}
        error={parseError}
        noMargin
      >
        <TextArea
          rows={4}
          value={text}
          onChange={(e) => onText(e.currentTarget.value)}
          aria-label={t('manage.kpi.query', 'Query')}
        />
      </Field>
    </Stack>
  );
}
