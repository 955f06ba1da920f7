import { createDataFrame, FieldType, MappingType, type DataFrame } from '@grafana/data';
import { t } from '@grafana/i18n';

import { BURN_SPANS, type ErrorBudget } from '../kpi/errorBudget';
import { type Kpi } from '../kpi/types';

/**
 * An SLO's error budget as one row: the share left, the burn rate over each span the SRE workbook alerts read
 * (null where a span holds no sample), the time until the budget is spent at the 1h rate and the alerts that
 * hold. For a Stat panel per figure, or a Table.
 */
export function sloBudgetFrame(kpi: Kpi, budget: ErrorBudget, refId = 'A'): DataFrame {
  const exhaustion = budget.exhaustionMs;
  return createDataFrame({
    refId,
    name: kpi.id,
    fields: [
      { name: 'id', type: FieldType.string, values: [kpi.id] },
      { name: 'objective', type: FieldType.number, values: [budget.objective], config: { unit: 'percent' } },
      { name: 'budget left', type: FieldType.number, values: [budget.remaining], config: { unit: 'percentunit' } },
      ...BURN_SPANS.map((span) => ({
        name: `burn rate ${span}`,
        type: FieldType.number,
        values: [budget.burnRates[span] ?? null],
        config: { unit: 'suffix:×', decimals: 2 },
      })),
      {
        name: 'budget spent in',
        type: FieldType.number,
        values: [exhaustion === null || !Number.isFinite(exhaustion) ? null : exhaustion],
        // A spent budget reads as spent, not as "0 ms" left to spend it in.
        config: {
          unit: 'ms',
          mappings: [
            {
              type: MappingType.ValueToText,
              options: { '0': { text: t('datasource.budget.spent', 'already spent'), index: 0 } },
            },
          ],
        },
      },
      {
        name: 'alerts',
        type: FieldType.string,
        values: [budget.alerts.map((a) => `${a.severity} ${a.longWindow}/${a.shortWindow}`).join(', ')],
      },
      { name: 'exact', type: FieldType.boolean, values: [budget.exact] },
    ],
  });
}
