import { type Direction, type KpiStatus, type Target } from './types';

/** The share of the target (or of the range's width) that makes the default at-risk band. */
export const AT_RISK_SHARE = 0.1;

/** The boundary between at-risk and off-track; with target 0 it is the target itself (no band). */
export function effectiveAtRisk(direction: Direction, target: Target): number | null {
  if (direction === 'in-range' || target.value === undefined) {
    return null;
  }
  if (target.atRisk !== undefined) {
    return target.atRisk;
  }
  const band = AT_RISK_SHARE * Math.abs(target.value);
  return asWritten(direction === 'higher-is-better' ? target.value - band : target.value + band);
}

/**
 * A boundary computed from the catalog's decimals, rounded back to the decimal it stands for: 0.3 + 10% is
 * 0.32999999999999996 in binary floating point, which would put a value of exactly 0.33 past the at-risk band.
 * 15 significant digits is what a double holds exactly for any decimal written in a catalog.
 */
export function asWritten(boundary: number): number {
  if (!Number.isFinite(boundary)) {
    return boundary;
  }
  // Every evaluation of a KPI without atRisk asks this of the same few targets; toPrecision is a string round trip.
  let written = writtenAs.get(boundary);
  if (written === undefined) {
    if (writtenAs.size >= 1024) {
      writtenAs.clear();
    }
    written = Number(boundary.toPrecision(15));
    writtenAs.set(boundary, written);
  }
  return written;
}

const writtenAs = new Map<number, number>();

/**
 * An in-range KPI's at-risk edges: 10% of the range's width outside each end (none when min = max). The chart's
 * bands and the status read the same edges.
 */
export function rangeAtRiskEdges(min: number, max: number): { low: number; high: number } {
  const band = AT_RISK_SHARE * (max - min);
  return { low: asWritten(min - band), high: asWritten(max + band) };
}

/** The spec's threshold rule for a value that exists and is fresh; `atRisk` when the caller has it already. */
export function thresholdStatus(
  direction: Direction,
  target: Target,
  v: number,
  atRisk: number | null = effectiveAtRisk(direction, target)
): KpiStatus {
  if (direction === 'in-range') {
    return inRangeStatus(target, v);
  }
  const goal = target.value ?? 0;
  const edge = atRisk ?? goal;
  if (direction === 'higher-is-better') {
    return v >= goal ? 'on-track' : v >= edge ? 'at-risk' : 'off-track';
  }
  return v <= goal ? 'on-track' : v <= edge ? 'at-risk' : 'off-track';
}

function inRangeStatus(target: Target, v: number): KpiStatus {
  const min = target.min ?? -Infinity;
  const max = target.max ?? Infinity;
  if (v >= min && v <= max) {
    return 'on-track';
  }
  const { low, high } = rangeAtRiskEdges(min, max);
  return v >= low && v <= high ? 'at-risk' : 'off-track';
}

/** v / target for higher-is-better, target / v for lower-is-better; null where that is undefined. */
export function attainment(direction: Direction, target: Target, v: number | null): number | null {
  if (v === null || target.value === undefined || direction === 'in-range') {
    return null;
  }
  const ratio = direction === 'higher-is-better' ? v / target.value : target.value / v;
  return Number.isFinite(ratio) ? ratio : null;
}

/** Worst first: the order a scorecard sorts by and an objective rolls up with. */
export const STATUS_SEVERITY: Record<KpiStatus, number> = {
  error: 0,
  'off-track': 1,
  stale: 2,
  'no-data': 3,
  'at-risk': 4,
  'on-track': 5,
};
