import React from 'react';
import { t } from '@grafana/i18n';
import { Card, Stack, Text, TextLink } from '@grafana/ui';
import { kpiDetailUrl } from '../../constants';
import { testIds } from '../../testIds';
import { tText } from '../../utils/i18n';
import { objectiveCatalogUrl } from '../../utils/utils.routing';
import { KpiStatusBadge } from '../shared/KpiStatusBadge';
import { ObjectiveKpi, ObjectiveRollUp } from './rollUpObjectives';

export function ObjectiveCard({ rollUp }: { rollUp: ObjectiveRollUp }) {
  const { objective, kpis, onTrack, worst } = rollUp;
  return (
    <div data-testid={testIds.objectives.objective(objective.id)}>
      <Card>
        <Card.Heading>
          <TextLink href={objectiveCatalogUrl(objective.id)} inline={false}>
            {objective.title}
          </TextLink>
        </Card.Heading>
        <Card.Meta>
          {[
            objective.owner ? tText('objectives.owner', 'Owner {{owner}}', { owner: objective.owner }) : undefined,
            t('objectives.on-track', '{{onTrack}} of {{total}} on track', { onTrack, total: kpis.length }),
          ].filter(Boolean)}
        </Card.Meta>
        <Card.Tags>{worst ? <KpiStatusBadge status={worst} /> : <KpiStatusBadge status="loading" />}</Card.Tags>
        <Card.Description>
          {objective.description && <Text element="p">{objective.description}</Text>}
          {kpis.length === 0 ? (
            <Text color="secondary">{t('objectives.no-kpis', 'No KPI serves this objective yet')}</Text>
          ) : (
            <Stack direction="column" gap={0.5}>
              {kpis.map((item) => (
                <ObjectiveKpiLine key={item.index} item={item} />
              ))}
            </Stack>
          )}
        </Card.Description>
      </Card>
    </div>
  );
}

/** One KPI under its objective: status, name (a link to its page unless its definition is invalid), and any error. */
function ObjectiveKpiLine({ item }: { item: ObjectiveKpi }) {
  const { kpi, id, name, evaluation, invalid } = item;
  const context = [kpi.type, kpi.team].filter((part) => typeof part === 'string' && part !== '').join(' · ');
  return (
    <Stack direction="column" gap={0}>
      <Stack gap={1} alignItems="center">
        <KpiStatusBadge status={evaluation?.status ?? 'loading'} />
        {invalid ? (
          <Text>{name}</Text>
        ) : (
          <TextLink href={kpiDetailUrl(id)} inline={false}>
            {name}
          </TextLink>
        )}
        {context && (
          <Text color="secondary" variant="bodySmall">
            {context}
          </Text>
        )}
      </Stack>
      {evaluation?.status === 'error' && evaluation.error && (
        <Text color="error" variant="bodySmall" element="p">
          {evaluation.error}
        </Text>
      )}
    </Stack>
  );
}
