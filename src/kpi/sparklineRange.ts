import { AT_RISK_SHARE, effectiveAtRisk } from './kpiStatus';
import { type Direction, type Target } from './types';

export interface ValueRange {
  min: number;
  max: number;
}

/**
 * The y-range of a KPI's sparkline. An autoscaled line makes a 0.05 wobble fill the chart; here the range always
 * holds the data, the target (and at-risk boundary or range) and is at least as tall as twice the KPI's at-risk
 * band, so a move that does not change the status cannot look like a cliff. Non-negative data never gets a
 * negative axis. Null when there is nothing to draw.
 */
export function sparklineRange(values: Array<number | null>, direction: Direction, target: Target): ValueRange | null {
  // One pass, no copies: a scorecard computes this for every card, over up to 720 points each.
  let dataMin = Infinity;
  let dataMax = -Infinity;
  for (const v of values) {
    if (typeof v === 'number' && Number.isFinite(v)) {
      dataMin = Math.min(dataMin, v);
      dataMax = Math.max(dataMax, v);
    }
  }
  if (dataMin === Infinity) {
    return null;
  }
  const marks = targetMarks(direction, target);
  let min = Math.min(dataMin, ...marks);
  let max = Math.max(dataMax, ...marks);
  const minSpan = minimumSpan(direction, target, Math.max(Math.abs(min), Math.abs(max)));
  if (max - min < minSpan) {
    const grow = (minSpan - (max - min)) / 2;
    min -= grow;
    max += grow;
  }
  if (min < 0 && dataMin >= 0 && marks.every((m) => m >= 0)) {
    max -= min;
    min = 0;
  }
  return { min, max };
}

function targetMarks(direction: Direction, target: Target): number[] {
  if (direction === 'in-range') {
    return [target.min, target.max].filter((v): v is number => v !== undefined && Number.isFinite(v));
  }
  const atRisk = effectiveAtRisk(direction, target);
  return [target.value, atRisk].filter((v): v is number => v !== undefined && v !== null && Number.isFinite(v));
}

/** Twice the at-risk band; without a band (target 0, no atRisk) a tenth of the values' magnitude, never 0. */
function minimumSpan(direction: Direction, target: Target, magnitude: number): number {
  let band = 0;
  if (direction === 'in-range' && target.min !== undefined && target.max !== undefined) {
    band = AT_RISK_SHARE * (target.max - target.min);
  } else if (target.value !== undefined) {
    band = Math.abs(target.value - (effectiveAtRisk(direction, target) ?? target.value));
  }
  const span = band > 0 ? 2 * band : AT_RISK_SHARE * magnitude;
  return span > 0 ? span : 1;
}
