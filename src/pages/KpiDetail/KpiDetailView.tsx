import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Alert, EmptyState, LinkButton, Stack, Text, useStyles2 } from '@grafana/ui';
import React from 'react';

import { canEditCatalog } from '../../catalog/permissions';
import { PageLoading } from '../../components/PageLoading';
import { problemText } from '../../kpi/problemsText';
import { type BurnAnswers } from '../../query/liveBurnAnswers';
import { kpiFormUrl, prefixRoute, ROUTES } from '../../routing';
import { testIds } from '../../testIds';
import { tText } from '../../utils/i18n';
import { type KpiCatalogSourceState } from '../shared/KpiCatalogSource';
import { ErrorBudgetSection } from './ErrorBudgetSection';
import { KpiDebug } from './KpiDebug';
import { KpiDefinition } from './KpiDefinition';
import { KpiFiringRules } from './KpiFiringRules';
import { KpiLinks } from './KpiLinks';
import { KpiRelations } from './KpiRelations';
import { KpiValueSummary } from './KpiValueSummary';
import { RevisionHistory } from './RevisionHistory';

import type { KpiDetailSceneState } from './KpiDetailScene';

interface Props {
  detail: KpiDetailSceneState;
  source: KpiCatalogSourceState;
  burn?: BurnAnswers;
}

export function KpiDetailView({ detail, source, burn }: Props) {
  const styles = useStyles2(getStyles);
  const { kpi, valid, errors, chart, kpiId } = detail;
  if (source.phase === 'failed') {
    return <Alert title={t('kpi.load-failed', 'The catalog could not be loaded')}>{source.loadError}</Alert>;
  }
  if (!source.loaded) {
    return <PageLoading />;
  }
  if (!kpi) {
    return (
      <EmptyState variant="not-found" message={tText('kpi.not-found', 'No KPI with id "{{id}}"', { id: kpiId })}>
        <LinkButton href={prefixRoute(ROUTES.Catalog)}>{t('kpi.back-to-catalog', 'Back to the catalog')}</LinkButton>
      </EmptyState>
    );
  }
  const { validation } = source.loaded;
  const result = source.results.find((r) => r.kpi.id === kpi.id);
  const requests = source.requests;
  return (
    <div className={styles.page} data-testid={testIds.kpiDetail.container}>
      {canEditCatalog() && (
        <Stack justifyContent="flex-end">
          <LinkButton icon="pen" variant="secondary" href={kpiFormUrl(kpi.id)} data-testid={testIds.kpiDetail.editLink}>
            {t('kpi.edit', 'Edit KPI')}
          </LinkButton>
        </Stack>
      )}
      {!errors && <KpiFiringRules kpiId={kpi.id} />}
      {errors && (
        <Alert severity="error" title={t('kpi.invalid', 'This KPI has errors and is not evaluated')}>
          {errors.map((p, i) => (
            <div key={i}>{problemText(p)}</div>
          ))}
        </Alert>
      )}
      <div className={styles.top}>
        <KpiDefinition kpi={kpi} validation={validation} valid={valid} />
        {valid && <KpiValueSummary kpi={valid} result={result} />}
      </div>
      {chart && (
        <div className={styles.chart}>
          <chart.Component model={chart} />
        </div>
      )}
      {valid && <ErrorBudgetSection kpi={valid} result={result} burn={burn} />}
      <KpiRelations kpi={kpi} kpis={validation.kpis} results={source.results} />
      <KpiLinks links={kpi.links} />
      <RevisionHistory kpi={kpi} />
      {valid && <KpiDebug kpi={valid} result={result} requests={requests} />}
      {valid && !result && <Text color="secondary">{t('kpi.not-evaluated', 'Not evaluated yet')}</Text>}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(3), width: '100%' }),
  top: css({ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(240px, 1fr)', gap: theme.spacing(3) }),
  chart: css({ height: 360 }),
});
