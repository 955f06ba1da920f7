import { DeltaKind, Direction } from '../../kpi/types';
import { fixedText } from './fixedText';
import { formatKpiValue } from '../../kpi/formatValue';

export type DeltaMood = 'better' | 'worse' | 'neutral';

/**
 * The delta as a KPI owner reads it: percentage points for percentages ("+25 pp"), a relative change otherwise
 * ("+20%"), the unit's own absolute difference when the previous value was 0.
 */
export function deltaText(delta: number, kind: DeltaKind, unit?: string, decimals?: number): string {
  const size = Math.abs(delta);
  const shown =
    kind === 'percentage-points'
      ? `${formatKpiValue(size, 'none', decimals ?? 1)} ${fixedText('kpi.delta.percentage-points-unit', 'pp')}`
      : kind === 'relative'
        ? formatKpiValue(size, 'percentunit', 1)
        : formatKpiValue(size, unit, decimals);
  // A change that rounds to zero on screen is shown as none: "+0.0%" in red would alarm for nothing.
  const sign = roundsToZero(shown) ? '±' : delta > 0 ? '+' : '−';
  return `${sign}${shown}`;
}

/** Whether a delta's text reads as zero ("±0.0%"), so it gets no arrow and no colour. */
export function readsAsZero(text: string): boolean {
  return text.startsWith('±');
}

function roundsToZero(shown: string): boolean {
  const number = parseFloat(shown.replace(/[^0-9.]/g, ''));
  return !Number.isNaN(number) && number === 0;
}

/** Up is better for higher-is-better, down for lower-is-better; for in-range neither direction is better by itself. */
export function deltaMood(delta: number, direction: Direction): DeltaMood {
  if (delta === 0 || direction === 'in-range') {
    return 'neutral';
  }
  return delta > 0 === (direction === 'higher-is-better') ? 'better' : 'worse';
}
