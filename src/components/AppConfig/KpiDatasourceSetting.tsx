import { t } from '@grafana/i18n';
import { Alert, Button, FieldSet, Text } from '@grafana/ui';
import React, { useEffect, useState } from 'react';

import { KPI_DATASOURCE } from '../../kpi/pluginId';
import { errorMessage } from '../../query/errorMessage';
import { failureText } from '../../query/failureText';
import { createKpiDatasource, kpiDatasourceExists } from '../../query/kpiDatasourceApi';
import { testIds } from '../../testIds';

type State = { kind: 'checking' } | { kind: 'present' } | { kind: 'missing' } | { kind: 'failed'; message: string };

/**
 * The KPI datasource the scorecard panel and the presets query: whether Grafana has it, and for an admin a button
 * that creates it where no provisioning file did.
 */
export function KpiDatasourceSetting({ admin }: { admin: boolean }) {
  const [state, setState] = useState<State>({ kind: 'checking' });
  const [creating, setCreating] = useState(false);
  const fail = (e: unknown) => setState({ kind: 'failed', message: errorMessage(e, failureText.request()) });
  useEffect(() => {
    kpiDatasourceExists().then((present) => setState({ kind: present ? 'present' : 'missing' }), fail);
  }, []);
  const create = () => {
    setCreating(true);
    createKpiDatasource()
      .then(() => setState({ kind: 'present' }), fail)
      .finally(() => setCreating(false));
  };
  return (
    <FieldSet label={t('config.datasource.title', 'KPI datasource')} data-testid={testIds.appConfig.kpiDatasource}>
      {state.kind === 'present' && (
        <Text color="success">
          {t('config.datasource.present', 'The datasource "{{name}}" (uid {{uid}}) is set up.', {
            name: KPI_DATASOURCE.name,
            uid: KPI_DATASOURCE.uid,
            interpolation: { escapeValue: false },
          })}
        </Text>
      )}
      {state.kind === 'missing' && (
        <Alert severity="warning" title={t('config.datasource.missing', 'The KPI datasource is not set up')}>
          <p>
            {t(
              'config.datasource.why',
              'The scorecard panel and the preset dashboards read the KPIs through it. Provision it (see the README) or create it here.'
            )}
          </p>
          {admin && (
            <Button icon="plus" onClick={create} disabled={creating}>
              {t('config.datasource.create', 'Create the KPI datasource')}
            </Button>
          )}
        </Alert>
      )}
      {state.kind === 'failed' && (
        <Alert severity="error" title={t('config.datasource.failed', 'The KPI datasource could not be checked')}>
          {state.message}
        </Alert>
      )}
    </FieldSet>
  );
}
