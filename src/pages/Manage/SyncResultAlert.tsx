import { t } from '@grafana/i18n';
import { Alert } from '@grafana/ui';
import React from 'react';

import { type SyncResult } from '../../alerting/ruleSync';

/** How many rules a sync wrote, and each one Grafana refused with its message. */
export function SyncResultAlert({ result }: { result: SyncResult }) {
  return (
    <Alert
      severity={result.failures.length ? 'error' : 'success'}
      title={t('manage.alerting.done', '{{count}} rules written to Grafana', { count: result.written })}
    >
      {result.failures.map((failure) => (
        <div key={failure}>{failure}</div>
      ))}
    </Alert>
  );
}
