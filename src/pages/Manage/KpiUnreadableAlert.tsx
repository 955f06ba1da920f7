import { t } from '@grafana/i18n';
import { Alert } from '@grafana/ui';
import React from 'react';

/** Which of the KPI's fields the form could not read (they start empty), and that the YAML keeps them until Apply. */
export function KpiUnreadableAlert({ fields }: { fields: string[] }) {
  if (fields.length === 0) {
    return null;
  }
  return (
    <Alert severity="warning" title={t('manage.kpi.unreadable', 'Some fields could not be read into this form')}>
      {t(
        'manage.kpi.unreadable-body',
        '{{fields}} start empty here: what the catalog has there is not in their shape. Until you apply this form, the YAML tab keeps them as written.',
        { fields: fields.join(', ') }
      )}
    </Alert>
  );
}
