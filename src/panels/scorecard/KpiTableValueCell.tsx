import { t } from '@grafana/i18n';
import { Stack } from '@grafana/ui';
import React from 'react';

import { KpiValue } from '../../components/kpi/KpiValue';
import { UpdatedAgo } from '../../components/kpi/UpdatedAgo';
import { type TableStyles } from './kpiTableStyles';
import { type ScorecardItem } from './scorecardItems';
import { scorecardTestIds } from './testIds';

/** A row's value: a word while loading, the error when it failed, greyed (and how old) when stale or empty. */
export function KpiTableValueCell({ item, now, styles }: { item: ScorecardItem; now: number; styles: TableStyles }) {
  const { evaluation, kpi } = item;
  if (!evaluation) {
    return <span data-testid={scorecardTestIds.loading}>{t('scorecard.card.loading', 'Loading…')}</span>;
  }
  if (evaluation.status === 'error') {
    return (
      <span className={styles.error} title={evaluation.error ?? undefined} data-testid={scorecardTestIds.error}>
        {evaluation.error}
      </span>
    );
  }
  const muted = evaluation.status === 'stale' || evaluation.status === 'no-data';
  return (
    <Stack direction="column" gap={0}>
      <KpiValue
        value={evaluation.value}
        unit={kpi.unit}
        decimals={kpi.decimals}
        className={muted ? styles.muted : undefined}
        testId={scorecardTestIds.value}
      />
      {evaluation.status === 'stale' && evaluation.newestSampleAt && (
        <span className={styles.muted} data-testid={scorecardTestIds.stale}>
          <UpdatedAgo at={evaluation.newestSampleAt} now={now} />
        </span>
      )}
    </Stack>
  );
}
