import { t } from '@grafana/i18n';
import { Text } from '@grafana/ui';
import React from 'react';

import { WEIGHTED_AT_RISK, WEIGHTED_ON_TRACK } from '../../kpi/objectiveRollUp';
import { statusWord } from '../shared/statusWord';
import { type ObjectiveRollUp } from './rollUpObjectives';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Why the objective has its status, in a sentence: how it rolls up (the worst KPI, or the weighted score against
 * its thresholds) and which KPIs drag it down, the costliest first.
 */
export function ObjectiveSummary({ rollUp }: { rollUp: ObjectiveRollUp }) {
  const { how, score, heldBackBy, status } = rollUp;
  if (status === undefined) {
    return null;
  }
  const rule =
    how === 'weighted' && score !== undefined
      ? t(
          'objectives.weighted-rule',
          'Weighted score {{score}}: on track from {{onTrack}}, at risk from {{atRisk}} (on track counts 1, at risk ½).',
          { score: percent(score), onTrack: percent(WEIGHTED_ON_TRACK), atRisk: percent(WEIGHTED_AT_RISK) }
        )
      : t('objectives.worst-rule', 'As its worst KPI.');
  const names = heldBackBy.map((k) => `${k.name} (${statusWord(k.evaluation?.status ?? 'loading').toLowerCase()})`);
  return (
    <Text element="p" variant="bodySmall">
      {rule}{' '}
      {names.length > 0
        ? t('objectives.held-back', 'Held back by {{names}}.', {
            names: names.join(', '),
            interpolation: { escapeValue: false },
          })
        : t('objectives.all-on-track', 'Every KPI is on track.')}
    </Text>
  );
}
