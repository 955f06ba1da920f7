import { dateTimeFormatTimeAgo } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Stack, Text } from '@grafana/ui';
import React from 'react';

import { deltaOf, KpiDelta } from '../../components/kpi/KpiDelta';
import { targetText } from '../../components/kpi/KpiTarget';
import { type Kpi } from '../../kpi/types';
import { type KpiResult } from '../../query/evaluateResults';
import { testIds } from '../../testIds';
import { tText } from '../../utils/i18n';
import { KpiStatusBadge } from '../shared/KpiStatusBadge';
import { valueOrDash } from '../shared/valueOrDash';

/** The value now, its status, the forecast for calendar windows and the change against the previous period. */
export function KpiValueSummary({ kpi, result }: { kpi: Kpi; result?: KpiResult }) {
  const evaluation = result?.evaluation;
  if (!evaluation) {
    return <KpiStatusBadge status="loading" />;
  }
  const stale = evaluation.status === 'stale';
  return (
    <Stack direction="column" gap={1} data-testid={testIds.kpiDetail.value}>
      {/* A row of its own: the column would stretch the badge across the whole width. */}
      <Stack>
        <KpiStatusBadge status={evaluation.status} />
      </Stack>
      <Text element="span" variant="h1" color={stale ? 'disabled' : 'primary'}>
        {valueOrDash(kpi, evaluation.value)}
      </Text>
      <Text color="secondary">{tText('kpi.value.target', 'Target {{target}}', { target: targetText(kpi, true) })}</Text>
      {evaluation.forecast !== null && (
        <Text>
          {tText('kpi.value.forecast', 'Forecast for the period: {{forecast}}', {
            forecast: valueOrDash(kpi, evaluation.forecast),
          })}
        </Text>
      )}
      {evaluation.delta !== null && (
        <Stack gap={1}>
          <Text color="secondary">{t('kpi.value.vs-previous', 'vs previous period')}</Text>
          <KpiDelta {...deltaOf(kpi, evaluation)} />
        </Stack>
      )}
      {evaluation.newestSampleAt && (
        <Text color={stale ? 'warning' : 'secondary'} variant="bodySmall">
          {tText('kpi.value.updated', 'Updated {{ago}}', { ago: dateTimeFormatTimeAgo(evaluation.newestSampleAt) })}
        </Text>
      )}
      {evaluation.error && <Text color="error">{evaluation.error}</Text>}
    </Stack>
  );
}
