import { formatDelta } from '../../kpi/formatDelta';
import { type DeltaKind, type Direction } from '../../kpi/types';
import { fixedText } from './fixedText';

export type DeltaMood = 'better' | 'worse' | 'neutral';

/** formatDelta with this language's word for percentage points: "+25 pp", "+20%", "−3 ms". */
export function deltaText(delta: number, kind: DeltaKind, unit?: string, decimals?: number): string {
  return formatDelta(delta, kind, unit, decimals, fixedText('kpi.delta.percentage-points-unit', 'pp'));
}

/** Whether a delta's text reads as zero ("±0.0%"), so it gets no arrow and no colour. */
export function readsAsZero(text: string): boolean {
  return text.startsWith('±');
}

/** Up is better for higher-is-better, down for lower-is-better; for in-range neither direction is better by itself. */
export function deltaMood(delta: number, direction: Direction): DeltaMood {
  if (delta === 0 || direction === 'in-range') {
    return 'neutral';
  }
  return delta > 0 === (direction === 'higher-is-better') ? 'better' : 'worse';
}
