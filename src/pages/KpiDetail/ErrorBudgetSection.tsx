import React, { useMemo } from 'react';
import { t } from '@grafana/i18n';
import { Alert, Stack, Text } from '@grafana/ui';
import { errorBudget } from '../../kpi/errorBudget';
import { singleSeries } from '../../kpi/kpiSeries';
import { resolveWindow } from '../../kpi/kpiWindow';
import { Kpi } from '../../kpi/types';
import { KpiResult } from '../../query/evaluateResults';
import { testIds } from '../../testIds';
import { tText } from '../../utils/i18n';

/** The windows the page shows burn rates for: the spec's 1h and 6h, with the day for context. */
const SHOWN = ['1h', '6h', '1d'];

/** For SLO-type KPIs: the budget left in the window, burn rates, and which workbook alerts would fire now. */
export function ErrorBudgetSection({ kpi, result, now }: { kpi: Kpi; result?: KpiResult; now?: number }) {
  const budget = useMemo(() => {
    const value = result?.evaluation?.value;
    const frames = result?.current?.frames;
    if (!kpi.slo || value === null || value === undefined || !frames || now === undefined) {
      return null;
    }
    const window = resolveWindow(kpi.window, now, kpi.timezone ?? 'browser');
    return errorBudget(kpi, value, singleSeries(frames).series ?? null, now, window.periodEnd - window.periodStart);
  }, [kpi, result, now]);
  if (!kpi.slo) {
    return null;
  }
  return (
    <Stack direction="column" gap={1} data-testid={testIds.kpiDetail.errorBudget}>
      <Text element="h3">
        {tText('kpi.budget.title', 'Error budget (SLO {{objective}}%)', { objective: kpi.slo.objective })}
      </Text>
      {!budget ? (
        <Text color="secondary">{t('kpi.budget.no-data', 'No SLI value yet to compute the budget from')}</Text>
      ) : (
        <>
          <Text color={budget.remaining < 0 ? 'error' : budget.remaining < 0.25 ? 'warning' : 'success'}>
            {tText('kpi.budget.remaining', '{{remaining}}% of the budget left in this window', {
              remaining: (budget.remaining * 100).toFixed(1),
            })}
          </Text>
          <Stack gap={3}>
            {SHOWN.map((w) => (
              <Text key={w}>
                {tText('kpi.budget.burn', 'Burn rate {{window}}: {{rate}}', {
                  window: w,
                  rate:
                    budget.burnRates[w] === null || budget.burnRates[w] === undefined
                      ? '–'
                      : `${budget.burnRates[w]!.toFixed(2)}×`,
                })}
              </Text>
            ))}
          </Stack>
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
        </>
      )}
    </Stack>
  );
}
