import { Stack, Text } from '@grafana/ui';
import React from 'react';

import { KpiForecast } from '../../components/kpi/KpiForecast';
import { UpdatedAgo } from '../../components/kpi/UpdatedAgo';
import { type Kpi, type KpiEvaluation } from '../../kpi/types';
import { valueOrDash } from './valueOrDash';

/**
 * A value as the spec wants it read: a stale one greyed with how old it is (never as if current), and the
 * forecast beside it for an additive calendar KPI, so "we will miss the quarter" shows in week 3.
 */
interface Props {
  kpi: Kpi;
  evaluation: KpiEvaluation;
  /** The evaluation's now, for "updated N ago". */
  now?: number;
  size?: 'body' | 'h3';
}

export function KpiValueText({ kpi, evaluation, now, size = 'body' }: Props) {
  const stale = evaluation.status === 'stale';
  return (
    <Stack direction="column" gap={0}>
      <Text color={stale ? 'disabled' : 'primary'} variant={size}>
        {valueOrDash(kpi, evaluation.value)}
      </Text>
      {stale && evaluation.newestSampleAt && now !== undefined && (
        <Text color="secondary" variant="bodySmall">
          <UpdatedAgo at={evaluation.newestSampleAt} now={now} />
        </Text>
      )}
      {evaluation.forecast !== null && (
        <Text color="secondary" variant="bodySmall">
          <KpiForecast kpi={kpi} forecast={evaluation.forecast} />
        </Text>
      )}
    </Stack>
  );
}
