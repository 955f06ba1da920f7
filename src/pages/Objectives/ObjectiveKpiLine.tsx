import { t } from '@grafana/i18n';
import { Stack, Text, TextLink } from '@grafana/ui';
import React from 'react';

import { KpiForecast } from '../../components/kpi/KpiForecast';
import { targetText } from '../../components/kpi/KpiTarget';
import { type Kpi } from '../../kpi/types';
import { kpiDetailUrl } from '../../routing';
import { KpiStatusBadge } from '../shared/KpiStatusBadge';
import { valueOrDash } from '../shared/valueOrDash';
import { type ObjectiveKpi } from './rollUpObjectives';

interface Props {
  item: ObjectiveKpi;
  /** In a weighted roll-up each KPI says what it counts with. */
  weighted: boolean;
}

/**
 * One KPI under its objective: status, name (a link to its page unless its definition is invalid), its value
 * against its target in its unit, the forecast it is judged on where it has one, and any error.
 */
export function ObjectiveKpiLine({ item, weighted }: Props) {
  const { kpi, id, name, evaluation, invalid, weight } = item;
  const measured = !invalid && evaluation && evaluation.value !== null;
  return (
    <Stack direction="column" gap={0}>
      <Stack gap={1} alignItems="center" wrap="wrap">
        <KpiStatusBadge status={evaluation?.status ?? 'loading'} />
        {invalid ? (
          <Text>{name}</Text>
        ) : (
          <TextLink href={kpiDetailUrl(id)} inline={false}>
            {name}
          </TextLink>
        )}
        {measured && <Text weight="medium">{valueOrDash(kpi as Kpi, evaluation.value)}</Text>}
        {!invalid && (
          <Text color="secondary" variant="bodySmall">
            {targetText(kpi as Kpi)}
          </Text>
        )}
        {weighted && (
          <Text color="secondary" variant="bodySmall">
            {t('objectives.weight', 'weight {{weight}}', { weight })}
          </Text>
        )}
      </Stack>
      {measured && evaluation.forecast !== null && (
        <Text color="secondary" variant="bodySmall">
          <KpiForecast kpi={kpi as Kpi} forecast={evaluation.forecast} />
        </Text>
      )}
      {evaluation?.status === 'error' && evaluation.error && (
        <Text color="error" variant="bodySmall" element="p">
          {evaluation.error}
        </Text>
      )}
    </Stack>
  );
}
