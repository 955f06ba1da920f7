import React from 'react';
import { t } from '@grafana/i18n';
import { Card, Stack, Text, TextLink } from '@grafana/ui';
import { kpiDetailUrl } from '../../constants';
import { testIds } from '../../testIds';
import { tText } from '../../utils/i18n';
import { objectiveCatalogUrl } from '../../utils/utils.routing';
import { KpiStatusBadge } from '../shared/KpiStatusBadge';
import { ObjectiveRollUp } from './rollUpObjectives';

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
              {kpis.map(({ kpi, status }) => (
                <Stack key={kpi.id} gap={1} alignItems="center">
                  <KpiStatusBadge status={status ?? 'loading'} />
                  <TextLink href={kpiDetailUrl(kpi.id)} inline={false}>
                    {kpi.name}
                  </TextLink>
                  <Text color="secondary" variant="bodySmall">{`${kpi.type} · ${kpi.team}`}</Text>
                </Stack>
              ))}
            </Stack>
          )}
        </Card.Description>
      </Card>
    </div>
  );
}
