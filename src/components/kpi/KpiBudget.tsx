import { Text } from '@grafana/ui';
import React from 'react';

import { BUDGET_AT_RISK } from '../../kpi/sloBudget';
import { tText } from '../../utils/i18n';

/** An SLO's error budget left, "Budget 60.1% left", coloured as its status reads it; nothing for other KPIs. */
export function KpiBudget({ budgetLeft, testId }: { budgetLeft: number | null | undefined; testId?: string }) {
  if (budgetLeft === null || budgetLeft === undefined) {
    return null;
  }
  const color = budgetLeft < 0 ? 'error' : budgetLeft < BUDGET_AT_RISK ? 'warning' : 'secondary';
  return (
    <span data-testid={testId}>
      <Text color={color} variant="bodySmall">
        {tText('kpi.budget.left', 'Budget {{left}}% left', { left: (budgetLeft * 100).toFixed(1) })}
      </Text>
    </span>
  );
}
