import { DataFrame } from '@grafana/data';
import { durationMs, percentFactor } from './grafanaKnowledge';
import { attainment, effectiveAtRisk, thresholdStatus } from './kpiStatus';
import { KpiWindow, TimeSpan } from './kpiWindow';
import { LINEAR_FORECAST_FROM, periodForecast } from './periodForecast';
import { newestSampleIn, reduceInWindow } from './reduceInWindow';
import { isAdditive } from './runningTotal';
import { budgetLeft, budgetStatus, sliPercent, sloTargetValue } from './sloBudget';
import { DeltaKind, Kpi, KpiEvaluation, KpiStatus } from './types';

/** What one query gave for one KPI: its frames, or the datasource's error message. */
export type QueryOutcome = { frames: DataFrame[]; error?: undefined } | { frames?: undefined; error: string };

export interface EvaluationInput {
  kpi: Kpi;
  now: number;
  window: KpiWindow;
  current: QueryOutcome;
  /** The like-for-like previous span (for a calendar window: the same elapsed part of the previous period). */
  previousWindow?: TimeSpan;
  /** The whole previous period of a calendar window: its total feeds the forecast when `previous` covers it. */
  previousPeriod?: TimeSpan;
  previous?: QueryOutcome;
  /**
   * The KPI's query over a recent span at a fine step (planKpiRequests' freshness request): the newest sample's
   * time read from it does not depend on the window's step.
   */
  fresh?: QueryOutcome;
}

/** Evaluates one KPI by the spec's status rules. Pure: the same input gives the same result. */
export function evaluateKpi(input: EvaluationInput): KpiEvaluation {
  const { kpi, now, window, current } = input;
  const sloTarget = sloTargetValue(kpi);
  const base: KpiEvaluation = {
    id: kpi.id,
    status: 'no-data',
    value: null,
    target: sloTarget ?? (kpi.direction === 'in-range' ? null : (kpi.target.value ?? null)),
    atRisk: kpi.slo ? null : effectiveAtRisk(kpi.direction, kpi.target),
    attainment: null,
    forecast: null,
    previous: null,
    delta: null,
    deltaKind: null,
    newestSampleAt: null,
    budgetLeft: null,
    error: null,
  };
  if (current.error !== undefined) {
    return { ...base, status: 'error', error: current.error };
  }
  const reduced = reduceInWindow(kpi, current.frames, window);
  if ('error' in reduced) {
    return { ...base, status: 'error', error: reduced.error };
  }
  const { value } = reduced;
  const newest = newestOf(reduced.newest, input);
  const newestSampleAt = newest === null ? null : new Date(newest).toISOString();
  const prev = previousValue(kpi, input.previous, input.previousWindow);
  const comparison = value === null ? { delta: null, deltaKind: null } : delta(kpi, value, prev);
  const result = { ...base, value, newestSampleAt, previous: prev, ...comparison };
  if (value === null) {
    return result;
  }
  const forecast = isAdditive(kpi.reduce) ? periodForecast(window, value, previousTotal(input)) : null;
  const target = base.target === null ? kpi.target : { ...kpi.target, value: base.target };
  const sli = sliPercent(kpi, value);
  const left = kpi.slo ? budgetLeft(kpi.slo.objective, sli) : null;
  const withValue = {
    ...result,
    forecast,
    budgetLeft: left,
    attainment: attainment(kpi.direction, target, value),
  };
  const maxAge = kpi.maxAge ? durationMs(kpi.maxAge) : undefined;
  if (maxAge !== undefined && newest !== null && newest < now - maxAge) {
    return { ...withValue, status: 'stale' };
  }
  const status: KpiStatus =
    kpi.slo && left !== null
      ? budgetStatus(kpi.slo.objective, sli, left)
      : thresholdStatus(kpi.direction, kpi.target, forecast ?? value);
  return { ...withValue, status };
}

/**
 * The newest sample's time: from the freshness answer, at its fine step, when it holds one; else from the
 * window's answer (data older than the freshness span, or no such answer).
 */
function newestOf(inWindow: number | null, { fresh, window }: EvaluationInput): number | null {
  const recent = fresh?.frames ? newestSampleIn(fresh.frames, window) : null;
  return inWindow === null ? null : (recent ?? inWindow);
}

/**
 * The previous period's whole total, when the previous answer covers that period: a sample after its like-for-like
 * part (an answer that stops there says nothing about the rest of it) and one in its first tenth (an answer that
 * starts late, a counter first seen on the boundary, is no whole total: its 0 would forecast this period from
 * the few samples so far).
 */
function previousTotal({ kpi, previous, previousWindow, previousPeriod }: EvaluationInput): number | null {
  if (!previous?.frames || !previousWindow || !previousPeriod) {
    return null;
  }
  const newest = newestSampleIn(previous.frames, previousPeriod);
  if (newest === null || (newest <= previousWindow.to && previousWindow.to < previousPeriod.to)) {
    return null;
  }
  const firstTenth = previousPeriod.from + LINEAR_FORECAST_FROM * (previousPeriod.to - previousPeriod.from);
  if (newestSampleIn(previous.frames, { from: previousPeriod.from, to: firstTenth }) === null) {
    return null;
  }
  const reduced = reduceInWindow(kpi, previous.frames, previousPeriod);
  return 'error' in reduced ? null : reduced.value;
}

function previousValue(kpi: Kpi, outcome: QueryOutcome | undefined, span: TimeSpan | undefined): number | null {
  if (!outcome || !span || outcome.error !== undefined) {
    return null;
  }
  const reduced = reduceInWindow(kpi, outcome.frames, span);
  return 'error' in reduced ? null : reduced.value;
}

/**
 * Change against the previous period: percentage points for percentage units (25% -> 50% is +25 pp), a
 * relative change (0.2 = +20%) otherwise, and the absolute difference when the previous value is 0.
 */
export function delta(
  kpi: Kpi,
  value: number,
  previous: number | null
): { delta: number | null; deltaKind: DeltaKind | null } {
  if (previous === null) {
    return { delta: null, deltaKind: null };
  }
  const percentScale = percentFactor(kpi.unit);
  if (percentScale !== undefined) {
    return { delta: (value - previous) * percentScale, deltaKind: 'percentage-points' };
  }
  if (previous === 0) {
    return { delta: value - previous, deltaKind: 'absolute' };
  }
  return { delta: (value - previous) / Math.abs(previous), deltaKind: 'relative' };
}
