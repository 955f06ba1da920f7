import { DeltaKind, Direction } from '../../kpi/types';
import { formatKpiValue } from './formatKpiValue';

export type DeltaMood = 'better' | 'worse' | 'neutral';

/**
 * The delta as a KPI owner reads it: percentage points for percentages ("+25 pp"), a relative change otherwise
 * ("+20%"), the unit's own absolute difference when the previous value was 0.
 */
export function deltaText(delta: number, kind: DeltaKind, unit?: string, decimals?: number): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const size = Math.abs(delta);
  switch (kind) {
    case 'percentage-points':
      return `${sign}${formatKpiValue(size, 'none', decimals ?? 1)} pp`;
    case 'relative':
      return `${sign}${formatKpiValue(size, 'percentunit', 1)}`;
    case 'absolute':
      return `${sign}${formatKpiValue(size, unit, decimals)}`;
  }
}

/** Up is better for higher-is-better, down for lower-is-better; for in-range neither direction is better by itself. */
export function deltaMood(delta: number, direction: Direction): DeltaMood {
  if (delta === 0 || direction === 'in-range') {
    return 'neutral';
  }
  return delta > 0 === (direction === 'higher-is-better') ? 'better' : 'worse';
}
