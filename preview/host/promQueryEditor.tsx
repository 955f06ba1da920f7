// Grafana's Prometheus query editor (code and builder modes, on Monaco) is part of
// Grafana itself, in no package this host loads. This stand-in edits the same query
// model (`expr`) through the same QueryEditorProps and says what it is, so the app's
// "datasource's own editor" path runs here; like Grafana's code editor, it asks for a
// run when it loses focus and on Shift+Enter.
import { css } from '@emotion/css';
import { TextArea, useStyles2 } from '@grafana/ui';
import React from 'react';

import type { PromQuery } from './prometheusDatasource';
import type { DataSourceApi, GrafanaTheme2, QueryEditorProps } from '@grafana/data';

export function PreviewPromQueryEditor({
  query,
  onChange,
  onRunQuery,
}: QueryEditorProps<DataSourceApi<PromQuery>, PromQuery>) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.box} data-testid="preview-standin-prometheus-query-editor">
      <TextArea
        rows={2}
        value={query.expr ?? ''}
        placeholder="Enter a PromQL query…"
        aria-label="PromQL query (stand-in)"
        onChange={(e) => onChange({ ...query, expr: e.currentTarget.value })}
        onBlur={() => onRunQuery()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && e.shiftKey) {
            e.preventDefault();
            onRunQuery();
          }
        }}
      />
      <span
        className={styles.badge}
        title="Grafana's Prometheus query editor is part of Grafana; this preview draws a stand-in"
      >
        stand-in: Prometheus query editor
      </span>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  box: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(0.5) }),
  badge: css({
    alignSelf: 'flex-end',
    padding: theme.spacing(0, 0.5),
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.disabled,
    border: `1px dashed ${theme.colors.border.medium}`,
    borderRadius: theme.shape.radius.default,
  }),
});
