import { rangeUtil } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Stack, Text } from '@grafana/ui';
import React, { useMemo } from 'react';

import { BURN_SPANS, CURRENT_RATE_SPAN, errorBudget } from '../../kpi/errorBudget';
import { resolveWindow } from '../../kpi/kpiWindow';
import { type Kpi } from '../../kpi/types';
import { type KpiResult } from '../../query/evaluateResults';
import { type BurnAnswers } from '../../query/liveBurnAnswers';
import { testIds } from '../../testIds';
import { tText } from '../../utils/i18n';
import { BurnAlerts } from './BurnAlerts';

/** A span without a sample says so: its burn is unknown, not 0. */
function rateText(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) {
    return t('kpi.budget.burn-no-data', 'no data');
  }
  return `${rate.toFixed(2)}×`;
}

/** How long the budget lasts at the current rate, in words. */
function exhaustionText(ms: number | null): string {
  if (ms === null) {
    return t(
      'kpi.budget.exhaustion-unknown',
      'Time until the budget is spent: unknown (no burn rate over the last hour)'
    );
  }
  if (ms === 0) {
    return t('kpi.budget.exhaustion-spent', 'The budget is spent');
  }
  if (ms === Infinity) {
    return t('kpi.budget.exhaustion-never', 'Not spending the budget over the last hour');
  }
  return tText('kpi.budget.exhaustion', 'At the rate of the last {{span}}, the budget is spent in {{time}}', {
    span: CURRENT_RATE_SPAN,
    time: rangeUtil.secondsToHms(Math.round(ms / 1000)),
  });
}

interface Props {
  kpi: Kpi;
  /** The KPI's evaluation over its window: its value is the SLI the budget left is read from. */
  result?: KpiResult;
  /** The burn-rate answers (liveBurnAnswers): good/total over each span, or the KPI's query over each pair. */
  burn?: BurnAnswers;
}

/**
 * For SLO-type KPIs: the budget left in the window, the burn rate over every span an alert reads, which alert
 * holds in words, and the time until the budget is spent at the current rate.
 */
export function ErrorBudgetSection({ kpi, result, burn }: Props) {
  const budget = useMemo(() => {
    const value = result?.evaluation?.value;
    if (!kpi.slo || value === null || value === undefined || !burn) {
      return null;
    }
    const window = resolveWindow(kpi.window, burn.now, kpi.timezone ?? 'browser');
    return errorBudget(kpi, value, burn.outcomes, burn.now, window.periodEnd - window.periodStart, burn.counts);
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
              <Text>{exhaustionText(budget.exhaustionMs)}</Text>
              <Stack gap={3} wrap="wrap">
                {BURN_SPANS.map((w) => (
                  <Text key={w}>
                    {tText('kpi.budget.burn', 'Burn rate {{window}}: {{rate}}', {
                      window: w,
                      rate: rateText(budget.burnRates[w]),
                    })}
                  </Text>
                ))}
              </Stack>
              <Text color="secondary" variant="bodySmall">
                {budget.exact
                  ? t('kpi.budget.exact', 'Burn rates from the good and total events over each span (exact).')
                  : t(
                      'kpi.budget.approximate',
                      'Approximation: burn rates are the mean of the KPI’s query over each span. Add slo.good and slo.total for exact ones.'
                    )}
              </Text>
              <BurnAlerts budget={budget} />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
