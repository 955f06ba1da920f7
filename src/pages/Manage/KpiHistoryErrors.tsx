import { t } from '@grafana/i18n';
import { Alert } from '@grafana/ui';
import React from 'react';

import { testIds } from '../../testIds';

/** The KPI form has no fields for its revision and history: their errors show here, with where to fix them. */
export function KpiHistoryErrors({ lines }: { lines: string[] }) {
  if (lines.length === 0) {
    return null;
  }
  return (
    <Alert
      severity="error"
      title={t('manage.kpi.history-errors', 'Fix the revision history in the YAML tab')}
      data-testid={testIds.editor.historyError}
    >
      {t(
        'manage.kpi.history-errors-body',
        'This form cannot apply an edit to this KPI until its revision and history are as the catalog format says:'
      )}
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </Alert>
  );
}
