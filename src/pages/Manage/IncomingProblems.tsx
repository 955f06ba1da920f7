import React from 'react';
import { t } from '@grafana/i18n';
import { Alert } from '@grafana/ui';
import { IncomingCatalog } from '../../catalog/readIncomingCatalog';

/** Every error of an incoming catalog with its place, and its warnings; nothing is applied while errors remain. */
export function IncomingProblems({ incoming }: { incoming: IncomingCatalog }) {
  return (
    <>
      {incoming.errors.length > 0 && (
        <Alert
          severity="error"
          title={t('manage.incoming.errors', '{{count}} errors: fix them before applying', {
            count: incoming.errors.length,
          })}
        >
          {incoming.errors.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </Alert>
      )}
      {incoming.warnings.length > 0 && (
        <Alert
          severity="info"
          title={t('manage.incoming.warnings', '{{count}} warnings (they do not block)', {
            count: incoming.warnings.length,
          })}
        >
          {incoming.warnings.map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </Alert>
      )}
    </>
  );
}
