import { ThresholdsMode, type ThresholdsConfig } from '@grafana/data';

import { AT_RISK_SHARE, effectiveAtRisk, rangeAtRiskEdges } from './kpiStatus';
import { trendTarget } from './trendSeries';
import { type Kpi } from './types';

const LIMIT = 1e300;

/**
 * The KPI's status bands as Grafana thresholds, so a time series draws the target line and the at-risk band
 * with the same colours as the status badges (an SLO's by its error budget, trendTarget). Steps go upwards; the
 * first step's value is -Infinity.
 */
export function kpiThresholds(kpi: Kpi): ThresholdsConfig {
  const { direction } = kpi;
  const target = trendTarget(kpi);
  // uPlot scales thresholds to pixels: one near Number.MAX_VALUE (a target of 1e308) overflows to Infinity and its
  // gradient throws. Beyond ±1e300 no series is drawn anyway, so the line is drawn there.
  const step = (value: number, color: string) => ({ value: Math.max(-LIMIT, Math.min(LIMIT, value)), color });
  if (direction === 'in-range') {
    const min = target.min ?? 0;
    const max = target.max ?? min;
    const { low, high } = rangeAtRiskEdges(min, max);
    const steps = [{ value: -Infinity, color: 'red' }];
    if (low < min) {
      steps.push(step(low, 'orange'));
    }
    steps.push(step(min, 'green'), step(max, 'orange'));
    if (high > max) {
      steps.push(step(high, 'red'));
    }
    return { mode: ThresholdsMode.Absolute, steps };
  }
  const goal = target.value ?? 0;
  const atRisk = effectiveAtRisk(direction, target) ?? goal;
  const hasBand = atRisk !== goal;
  if (direction === 'higher-is-better') {
    return {
      mode: ThresholdsMode.Absolute,
      steps: [{ value: -Infinity, color: 'red' }, ...(hasBand ? [step(atRisk, 'orange')] : []), step(goal, 'green')],
    };
  }
  return {
    mode: ThresholdsMode.Absolute,
    // lower-is-better: on track up to the target, at risk up to atRisk, off track above.
    steps: [
      { value: -Infinity, color: 'green' },
      ...(hasBand ? [step(goal, 'orange'), step(atRisk, 'red')] : [step(goal, 'red')]),
    ],
  };
}

/**
 * The y-range the chart always shows: its threshold lines with half the distance between them (or a tenth of their
 * size) either side. uPlot scales to the data alone, so a running total at $200K of a $1.5M target, or an SLI at
 * 99.96% over a 99.9% objective, would leave the lines off the plot; as soft limits, data beyond them still shows.
 */
export function thresholdsSoftRange({ steps }: ThresholdsConfig): { min: number; max: number } | undefined {
  const marks = steps.map((s) => s.value).filter(Number.isFinite);
  if (marks.length === 0) {
    return undefined;
  }
  const low = Math.min(...marks);
  const high = Math.max(...marks);
  const margin = (high > low ? high - low : Math.abs(high) * AT_RISK_SHARE || 1) / 2;
  // Non-negative lines never get a negative axis (a target of 0 deploys failed).
  return { min: low >= 0 ? Math.max(0, low - margin) : low - margin, max: high + margin };
}
