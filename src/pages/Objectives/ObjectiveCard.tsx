import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Card, Stack, Text, TextLink, useStyles2 } from '@grafana/ui';
import React from 'react';

import { problemText } from '../../kpi/problemsText';
import { objectiveCatalogUrl } from '../../routing';
import { testIds } from '../../testIds';
import { tText } from '../../utils/i18n';
import { KpiStatusBadge } from '../shared/KpiStatusBadge';
import { ObjectiveKpiLine } from './ObjectiveKpiLine';
import { ObjectiveSummary } from './ObjectiveSummary';
import { type ObjectiveRollUp } from './rollUpObjectives';

/**
 * An objective with its KPIs rolled up. One a link by id does not reach (it repeats an earlier objective's id) is
 * listed by its title with its errors, without a link or KPIs: those serve the first objective with that id.
 */
export function ObjectiveCard({ rollUp }: { rollUp: ObjectiveRollUp }) {
  const { objective, id, title, reachable, errors, kpis, onTrack, status, how } = rollUp;
  const styles = useStyles2(getStyles);
  const { owner, description } = objective;
  return (
    <div data-testid={testIds.objectives.objective(id)}>
      <Card>
        {/* The roll-up's badge leads the title's line (in Card.Tags it floated mid-card, away from both). */}
        <Card.Heading>
          <span className={styles.heading}>
            <KpiStatusBadge status={reachable ? (status ?? 'loading') : 'error'} />
            {reachable ? (
              <TextLink href={objectiveCatalogUrl(id)} inline={false}>
                {title}
              </TextLink>
            ) : (
              title
            )}
          </span>
        </Card.Heading>
        <Card.Meta>
          {[
            owner ? tText('objectives.owner', 'Owner {{owner}}', { owner }) : undefined,
            reachable
              ? t('objectives.on-track', '{{onTrack}} of {{total}} on track', { onTrack, total: kpis.length })
              : undefined,
          ].filter(Boolean)}
        </Card.Meta>
        <Card.Description>
          {description && <Text element="p">{description}</Text>}
          {reachable && <ObjectiveSummary rollUp={rollUp} />}
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
                <ObjectiveKpiLine key={item.index} item={item} weighted={how === 'weighted'} />
              ))}
            </Stack>
          )}
        </Card.Description>
      </Card>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  heading: css({ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: theme.spacing(1) }),
});
