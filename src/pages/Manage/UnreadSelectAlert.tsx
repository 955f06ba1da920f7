import { t } from '@grafana/i18n';
import { Alert, Stack, Text } from '@grafana/ui';
import React, { useMemo } from 'react';

import { fieldProblemLines } from '../../catalog/fieldProblems';
import { selectIsReadable } from '../../catalog/scorecardSelect';
import { isRecord } from '../../kpi/places';
import { type ValidationResult } from '../../kpi/validateCatalog';

/**
 * Over the form of a scorecard whose `select` cannot be read (`select: team=x`, written in YAML): the form starts
 * without those criteria, so it says what is wrong and what Apply does, instead of silently widening the selection.
 */
export function UnreadSelectAlert({ validation, index }: { validation: ValidationResult; index: number }) {
  const scorecard = validation.catalog.scorecards?.[index];
  const problems = useMemo(
    () =>
      isRecord(scorecard) && !selectIsReadable(scorecard)
        ? fieldProblemLines(validation, 'scorecards', index, 'select')
        : [],
    [validation, index, scorecard]
  );
  if (problems.length === 0) {
    return null;
  }
  return (
    <Alert
      severity="warning"
      title={t('manage.scorecard.unread-title', 'The KPIs this scorecard picks cannot be read')}
    >
      <Stack direction="column" gap={1}>
        {problems.map((problem, i) => (
          <Text key={i} element="p">
            <code>{problem}</code>
          </Text>
        ))}
        <div>
          {t(
            'manage.scorecard.unread-detail',
            'The form starts without it. Apply replaces it with the criteria chosen here (with none, the scorecard shows every KPI); Cancel keeps it as written, to fix in the YAML tab.'
          )}
        </div>
      </Stack>
    </Alert>
  );
}
