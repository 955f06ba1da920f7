import { t } from '@grafana/i18n';
import { Field, TextArea } from '@grafana/ui';
import React, { useState } from 'react';

import { catalogToYaml } from '../../kpi/catalogYaml';
import { parseYamlOrJson } from '../../kpi/parseCatalogText';
import { isRecord } from '../../kpi/places';
import { type KpiCatalog } from '../../kpi/types';

interface Props {
  /** The query's own fields, without its datasource. */
  body: Record<string, unknown>;
  onChange: (body: Record<string, unknown>) => void;
  /** Validation's errors for the query (a viewer variable, an empty query ...). */
  error?: string;
}

/**
 * The query as YAML, exactly as its datasource defines it (expr for Prometheus, rawSql for SQL ...): for a
 * datasource without a query editor of its own, one that failed to load, or an admin who asks for it.
 */
export function KpiQueryYaml({ body, onChange, error }: Props) {
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
      onChange(parsed);
    } catch (e) {
      setParseError((e as Error).message);
    }
  };
  const shown = parseError ?? error;
  return (
    <Field
      label={t('manage.kpi.query-yaml', 'Query (YAML)')}
      description={t('manage.kpi.query-help', 'The query as the datasource defines it, e.g. expr: sum(rate(x[5m]))')}
      invalid={Boolean(shown)}
      error={shown}
      noMargin
    >
      <TextArea
        rows={4}
        value={text}
        onChange={(e) => onText(e.currentTarget.value)}
        aria-label={t('manage.kpi.query', 'Query')}
      />
    </Field>
  );
}
