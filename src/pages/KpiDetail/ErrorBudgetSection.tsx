import React, { useMemo } from 'react';
import { t } from '@grafana/i18n';
import { Stack, Text } from '@grafana/ui';
import { errorBudget } from '../../kpi/errorBudget';
import { resolveWindow } from '../../kpi/kpiWindow';
import { Kpi } from '../../kpi/types';
import { KpiResult } from '../../query/evaluateResults';
import { BurnAnswers } from '../../query/liveBurnAnswers';
import { testIds } from '../../testIds';
import { tText } from '../../utils/i18n';
import { BurnAlerts } from './BurnAlerts';

/** The windows the page shows burn rates for: the spec's 1h and 6h, with the day for context. */
const SHOWN = ['1h', '6h', '1d'];

/** A span without a sample says so: its burn is unknown, not 0. */
function rateText(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) {
    return t('kpi.budget.burn-no-data', 'no data');
  }
  return `${rate.toFixed(2)}×`;
}

interface Props {
  kpi: Kpi;
  /** The KPI's evaluation over its window: its value is the SLI the budget left is read from. */
  result?: KpiResult;
  /** The KPI's query over each alert pair's span (liveBurnAnswers): what the burn rates are read from. */
  burn?: BurnAnswers;
}

/** For SLO-type KPIs: the budget left in the window, burn rates, and which workbook alerts would fire now. */
export function ErrorBudgetSection({ kpi, result, burn }: Props) {
  const budget = useMemo(() => {
    const value = result?.evaluation?.value;
    if (!kpi.slo || value === null || value === undefined || !burn) {
      return null;
    }
    const window = resolveWindow(kpi.window, burn.now, kpi.timezone ?? 'browser');
    return errorBudget(kpi, value, burn.outcomes, burn.now, window.periodEnd - window.periodStart);
  }, [kpi, result, burn]);
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
          {burn?.loading ? (
            <Text color="secondary">{t('kpi.budget.burn-loading', 'Reading the burn rates…')}</Text>
          ) : (
            <>
              <Stack gap={3}>
                {SHOWN.map((w) => (
                  <Text key={w}>
                    {tText('kpi.budget.burn', 'Burn rate {{window}}: {{rate}}', {
                      window: w,
                      rate: rateText(budget.burnRates[w]),
                    })}
                  </Text>
                ))}
              </Stack>
              <BurnAlerts budget={budget} />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
