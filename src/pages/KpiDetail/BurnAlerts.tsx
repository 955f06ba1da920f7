import React from 'react';
import { Alert, Text } from '@grafana/ui';
import { ErrorBudget } from '../../kpi/errorBudget';
import { tText } from '../../utils/i18n';

/** The workbook alerts that fire now, and the pairs that cannot be checked: no alert there is not a quiet one. */
export function BurnAlerts({ budget }: { budget: ErrorBudget }) {
  return (
    <>
      {budget.alerts.map((a) => (
        <Alert
          key={a.longWindow}
          severity={a.severity === 'page' ? 'error' : 'warning'}
          title={tText(
            'kpi.budget.alert',
            'Burn rate {{longRate}}× over {{long}} and {{shortRate}}× over {{short}}, both at least {{threshold}}×: {{severity}}',
            {
              longRate: a.longRate.toFixed(2),
              shortRate: a.shortRate.toFixed(2),
              threshold: a.threshold,
              long: a.longWindow,
              short: a.shortWindow,
              severity: a.severity,
            }
          )}
        />
      ))}
      {budget.unchecked.map(({ longWindow: long, shortWindow: short, error, emptySpans }) => (
        <Text key={long} color="warning">
          {error !== null
            ? tText('kpi.budget.unchecked-error', 'The {{long}}/{{short}} alert cannot be checked: {{error}}', {
                long,
                short,
                error,
              })
            : tText(
                'kpi.budget.unchecked',
                'The {{long}}/{{short}} alert cannot be checked: no samples over {{spans}}',
                {
                  long,
                  short,
                  spans: emptySpans.join(', '),
                }
              )}
        </Text>
      ))}
    </>
  );
}
