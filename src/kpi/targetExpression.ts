import { formatThreshold } from './formatValue';
import { percentFactor } from './grafanaKnowledge';
import { type Kpi } from './types';

/** A broken entry may lack any of these (it is shown with its errors). */
export type TargetOf = Partial<Pick<Kpi, 'direction' | 'target' | 'unit' | 'decimals' | 'slo'>>;

/**
 * "≥ 10", "≤ 200 ms" or "40% – 60%", in the KPI's unit; empty for a definition without a target or a known
 * direction. The views put their own word before it; the command line's report writes it as is.
 */
export function targetExpression({ direction, target, unit, decimals, slo }: TargetOf): string {
  if (target === undefined || direction === undefined) {
    return '';
  }
  const format = (v: number | undefined) =>
    v === undefined || !Number.isFinite(v) ? '–' : formatThreshold(v, unit, decimals);
  // An SLO's target is its objective, in the KPI's unit (target.value may be left out).
  const objective = slo === undefined ? undefined : slo.objective / (percentFactor(unit) ?? 1);
  const value = target.value ?? objective;
  return direction === 'in-range'
    ? `${format(target.min)} – ${format(target.max)}`
    : `${direction === 'higher-is-better' ? '≥' : '≤'} ${format(value)}`;
}
