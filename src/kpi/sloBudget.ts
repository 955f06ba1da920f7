import { percentFactor } from './grafanaKnowledge';
import { type Kpi, type KpiStatus, type Target } from './types';

/** Less than this share of the error budget left is at-risk (spec: "SLO KPIs"). */
export const BUDGET_AT_RISK = 0.25;

/** An SLO's objective in the KPI's own unit: 99.9 in percent, 0.999 in percentunit. */
export function sloTargetValue(kpi: Kpi): number | null {
  if (!kpi.slo) {
    return null;
  }
  return asWritten(kpi.slo.objective / (percentFactor(kpi.unit) ?? 1));
}

/**
 * An SLO's status edges in the KPI's unit, as a plain target: on track from a quarter of its budget left (value:
 * 99.925 for 99.9), at risk down to the objective (atRisk), off track below. thresholdStatus on it reads as
 * budgetStatus does, so a chart's bands and a sparkline's range show the edges the status uses, not the default
 * band of 10% of the target (89.91% for a 99.9% SLO), which no SLO is judged by.
 */
export function sloStatusTarget(kpi: Kpi): Target | null {
  if (!kpi.slo) {
    return null;
  }
  const scale = percentFactor(kpi.unit) ?? 1;
  const inUnit = (percent: number) => Number((percent / scale).toPrecision(12));
  const { objective } = kpi.slo;
  return { value: inUnit(100 - (1 - BUDGET_AT_RISK) * (100 - objective)), atRisk: inUnit(objective) };
}

/**
 * The share of the window's error budget still unspent: 1 - (100 - SLI%) / (100 - objective). 1 is untouched,
 * 0 is spent, below 0 is overspent. Rounded to 12 digits so that a budget of exactly 25% (99.925 against 99.9)
 * reads 0.25, not 0.24999999999999467.
 */
export function budgetLeft(objective: number, sliPercent: number): number {
  return Number((1 - (100 - sliPercent) / (100 - objective)).toPrecision(12));
}

/** The SLI of a value in the KPI's unit, in percent. */
export function sliPercent(kpi: Kpi, value: number): number {
  return value * (percentFactor(kpi.unit) ?? 1);
}

/** An SLO KPI's status by its error budget: spent (SLI below the objective) is off-track, under 25% left at-risk. */
export function budgetStatus(objective: number, sli: number, left: number): KpiStatus {
  if (sli < objective) {
    return 'off-track';
  }
  return left < BUDGET_AT_RISK ? 'at-risk' : 'on-track';
}

function asWritten(n: number): number {
  return Number(n.toPrecision(15));
}
