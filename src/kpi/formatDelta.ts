import { formatKpiValue } from './formatValue';
import { type DeltaKind } from './types';

/**
 * The delta as a KPI owner reads it: percentage points for percentages ("+25 pp", `pp` the caller's word for
 * them), a relative change otherwise ("+20%"), the unit's own absolute difference when the previous value was 0.
 * A change that rounds to zero as written reads "±0.0%": "+0.0%" in red would alarm for nothing.
 */
export function formatDelta(delta: number, kind: DeltaKind, unit?: string, decimals?: number, pp = 'pp'): string {
  const size = Math.abs(delta);
  const shown =
    kind === 'percentage-points'
      ? `${formatKpiValue(size, 'none', decimals ?? 1)} ${pp}`
      : kind === 'relative'
        ? formatKpiValue(size, 'percentunit', 1)
        : formatKpiValue(size, unit, decimals);
  const sign = roundsToZero(shown) ? '±' : delta > 0 ? '+' : '−';
  return `${sign}${shown}`;
}

function roundsToZero(shown: string): boolean {
  const number = parseFloat(shown.replace(/[^0-9.]/g, ''));
  return !Number.isNaN(number) && number === 0;
}
