import React from 'react';
import { t } from '@grafana/i18n';
import { Card, Stack, Text, TextLink } from '@grafana/ui';
import { problemText } from '../../kpi/problemsText';
import { kpiDetailUrl } from '../../constants';
import { testIds } from '../../testIds';
import { tText } from '../../utils/i18n';
import { objectiveCatalogUrl } from '../../utils/utils.routing';
import { KpiStatusBadge } from '../shared/KpiStatusBadge';
import { ObjectiveKpi, ObjectiveRollUp } from './rollUpObjectives';

/**
 * An objective with its KPIs rolled up. One a link by id does not reach (it repeats an earlier objective's id) is
 * listed by its title with its errors, without a link or KPIs: those serve the first objective with that id.
 */
export function ObjectiveCard({ rollUp }: { rollUp: ObjectiveRollUp }) {
  const { objective, id, title, reachable, errors, kpis, onTrack, worst } = rollUp;
  const { owner, description } = objective;
  return (
    <div data-testid={testIds.objectives.objective(id)}>
      <Card>
        <Card.Heading>
          {reachable ? (
            <TextLink href={objectiveCatalogUrl(id)} inline={false}>
              {title}
            </TextLink>
          ) : (
            title
          )}
        </Card.Heading>
        <Card.Meta>
          {[
            owner ? tText('objectives.owner', 'Owner {{owner}}', { owner }) : undefined,
            reachable
              ? t('objectives.on-track', '{{onTrack}} of {{total}} on track', { onTrack, total: kpis.length })
              : undefined,
          ].filter(Boolean)}
        </Card.Meta>
        <Card.Tags>
          <KpiStatusBadge status={reachable ? (worst ?? 'loading') : 'error'} />
        </Card.Tags>
        <Card.Description>
          {description && <Text element="p">{description}</Text>}
          {errors.map((p, i) => (
            <Text key={i} color="error" variant="bodySmall" element="p">
              {problemText(p)}
            </Text>
          ))}
          {reachable && kpis.length === 0 && (
            <Text color="secondary">{t('objectives.no-kpis', 'No KPI serves this objective yet')}</Text>
          )}
          {kpis.length > 0 && (
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
  const context = [kpi.type, kpi.team].filter(Boolean).join(' · ');
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
