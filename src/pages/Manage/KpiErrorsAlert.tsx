import { t } from '@grafana/i18n';
import { Alert } from '@grafana/ui';
import React from 'react';

import { testIds } from '../../testIds';

/** The errors of the KPI as a whole (no field of the form holds them). */
export function KpiErrorsAlert({ errors }: { errors?: string[] }) {
  if (!errors) {
    return null;
  }
  return (
    <Alert severity="error" title={t('manage.kpi.errors', 'This KPI has errors')} data-testid={testIds.editor.fieldError}>
      {errors.join('; ')}
    </Alert>
  );
}
