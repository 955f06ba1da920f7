import { type KpiStatus, type RollUp } from './types';

/**
 * An objective's status from its KPIs' (docs/catalog.md, "Objectives"). `worst`: the worst status among them.
 * `weighted`: each KPI scores points for its status (on track 1, at risk ½, anything else 0: a KPI that cannot be
 * judged never lifts its objective), weighted by its `weight`; the objective is on track from a score of 90%, at
 * risk from 60%, off track below. KPIs still loading are left out until their answer comes.
 */
const STATUS_POINTS: Readonly<Record<KpiStatus, number>> = {
  'on-track': 1,
  'at-risk': 0.5,
  'off-track': 0,
  stale: 0,
  'no-data': 0,
  error: 0,
};
export const WEIGHTED_ON_TRACK = 0.9;
export const WEIGHTED_AT_RISK = 0.6;
const DEFAULT_WEIGHT = 1;

export interface RollUpItem {
  /** Undefined while its answer has not arrived. */
  status?: KpiStatus;
  weight?: number;
}

export interface RolledUp {
  /** Undefined while no KPI is evaluated. */
  status?: KpiStatus;
  /** The weighted score, 0..1 (weighted roll-up only, once a KPI is evaluated). */
  score?: number;
}

/** The weight a KPI counts with: its own where it is a number above 0, else the default. */
export function weightOf(item: RollUpItem): number {
  return typeof item.weight === 'number' && item.weight > 0 && Number.isFinite(item.weight)
    ? item.weight
    : DEFAULT_WEIGHT;
}

/** `worstOf` orders statuses worst first (the scorecard's severity). */
export function rollUp(how: RollUp, items: RollUpItem[], worstOf: (statuses: KpiStatus[]) => KpiStatus): RolledUp {
  const judged = items.filter((i): i is RollUpItem & { status: KpiStatus } => i.status !== undefined);
  if (judged.length === 0) {
    return {};
  }
  if (how !== 'weighted') {
    return { status: worstOf(judged.map((i) => i.status)) };
  }
  const total = judged.reduce((sum, i) => sum + weightOf(i), 0);
  const score = judged.reduce((sum, i) => sum + weightOf(i) * STATUS_POINTS[i.status], 0) / total;
  const status = score >= WEIGHTED_ON_TRACK ? 'on-track' : score >= WEIGHTED_AT_RISK ? 'at-risk' : 'off-track';
  return { status, score };
}

/** What a KPI costs its objective: the weighted points it falls short by (0 for one on track). */
export function shortfall(item: RollUpItem): number {
  return item.status === undefined ? 0 : weightOf(item) * (1 - STATUS_POINTS[item.status]);
}
