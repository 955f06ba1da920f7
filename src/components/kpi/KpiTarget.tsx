import React from 'react';
import { percentFactor } from '../../kpi/grafanaKnowledge';
import { Kpi } from '../../kpi/types';
import { fixedText } from './fixedText';
import { formatThreshold } from '../../kpi/formatValue';

/** A broken entry may lack any of these (it is shown with its errors). */
type TargetOf = Partial<Pick<Kpi, 'direction' | 'target' | 'unit' | 'decimals' | 'slo'>>;
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

export function targetText({ direction, target, unit, decimals, slo }: TargetOf, bare = false): string {
  if (target === undefined || direction === undefined) {
    return '';
  }
  const format = (v: number | undefined) =>
    v === undefined || !Number.isFinite(v) ? '–' : formatThreshold(v, unit, decimals);
  // An SLO's target is its objective, in the KPI's unit (target.value may be left out).
  const objective = slo === undefined ? undefined : slo.objective / (percentFactor(unit) ?? 1);
  const value = target.value ?? objective;
  const expression =
    direction === 'in-range'
      ? `${format(target.min)} – ${format(target.max)}`
      : `${direction === 'higher-is-better' ? '≥' : '≤'} ${format(value)}`;
  if (bare) {
    return expression;
  }
  // A fixed word before the expression, not a template around it: the scorecard writes this on each of its cards.
  const label =
    direction === 'in-range' ? fixedText('kpi.target.range-label', 'Range') : fixedText('kpi.target.label', 'Target');
  return `${label} ${expression}`;
}
