import { t } from '@grafana/i18n';
import { Alert, Text } from '@grafana/ui';
import React from 'react';

import { type BurnAlert, type ErrorBudget } from '../../kpi/errorBudget';
import { tText } from '../../utils/i18n';

/**
 * Which workbook alert holds, in words an on-call engineer reads at 3 a.m., with the two burn rates it is read
 * from; the pairs that cannot be checked (no alert there is not a quiet one); and, when every pair was checked
 * and none fires, that no alert holds.
 */
export function BurnAlerts({ budget }: { budget: ErrorBudget }) {
  return (
    <>
      {budget.alerts.map((a) => (
        <Alert
          key={a.longWindow}
          severity={a.severity === 'page' ? 'error' : 'warning'}
          title={
            a.severity === 'page'
              ? tText(
                  'kpi.budget.alert-page',
                  'Pages: the budget burns {{longRate}}× faster than allowed over the last {{long}} and {{shortRate}}× over the last {{short}} (this alert pages from {{threshold}}× on both)',
                  alertValues(a)
                )
              : tText(
                  'kpi.budget.alert-ticket',
                  'Ticket: the budget burns {{longRate}}× faster than allowed over the last {{long}} and {{shortRate}}× over the last {{short}} (this alert opens a ticket from {{threshold}}× on both)',
                  alertValues(a)
                )
          }
        />
      ))}
      {budget.alerts.length === 0 && budget.unchecked.length === 0 && (
        <Text color="success">
          {t('kpi.budget.no-alert', 'No burn-rate alert holds: every window burns below its threshold')}
        </Text>
      )}
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

function alertValues(a: BurnAlert) {
  return {
    longRate: a.longRate.toFixed(1),
    shortRate: a.shortRate.toFixed(1),
    threshold: a.threshold,
    long: a.longWindow,
    short: a.shortWindow,
  };
}
