import React from 'react';

import { targetExpression, type TargetOf } from '../../kpi/targetExpression';
import { fixedText } from './fixedText';

type Props = TargetOf & {
  className?: string;
  /** Without the "Target"/"Range" word, where a column header or label already says it. */
  bare?: boolean;
};

/**
 * "Target ≥ 10", "Target ≤ 200 ms" or "Range 40% – 60%", in the KPI's unit. Empty for a definition the catalog
 * marks invalid that lacks a target or a known direction: such an entry is shown with its errors instead.
 */
export const KpiTarget = React.memo(function KpiTarget({ className, bare, ...kpi }: Props) {
  return <span className={className}>{targetText(kpi, bare)}</span>;
});

export function targetText(kpi: TargetOf, bare = false): string {
  const expression = targetExpression(kpi);
  if (bare || expression === '') {
    return expression;
  }
  const { direction } = kpi;
  // A fixed word before the expression, not a template around it: the scorecard writes this on each of its cards.
  const label =
    direction === 'in-range' ? fixedText('kpi.target.range-label', 'Range') : fixedText('kpi.target.label', 'Target');
  return `${label} ${expression}`;
}
