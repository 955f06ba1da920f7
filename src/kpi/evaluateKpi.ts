import { type DataFrame } from '@grafana/data';

import { durationMs, percentFactor } from './grafanaKnowledge';
import { attainment, effectiveAtRisk, thresholdStatus } from './kpiStatus';
import { type KpiWindow, type TimeSpan } from './kpiWindow';
import { LINEAR_FORECAST_FROM, periodForecast } from './periodForecast';
import { newestSampleIn, reduceInWindow } from './reduceInWindow';
import { isAdditive } from './runningTotal';
import { budgetLeft, budgetStatus, sliPercent, sloTargetValue } from './sloBudget';
import { type Kpi, type KpiEvaluation } from './types';

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

/**
 * Evaluates one KPI by the spec's status rules. Pure: the same input gives the same result. One result object,
 * filled in as the rules go (a scorecard evaluates every KPI on each refresh; npm run bench keeps it near the cost
 * of the bare reducer).
 */
export function evaluateKpi(input: EvaluationInput): KpiEvaluation {
  const { kpi, now, window, current } = input;
  const sloTarget = sloTargetValue(kpi);
  const atRisk = kpi.slo ? null : effectiveAtRisk(kpi.direction, kpi.target);
  const result: KpiEvaluation = {
    id: kpi.id,
    status: 'no-data',
    value: null,
    target: sloTarget ?? (kpi.direction === 'in-range' ? null : (kpi.target.value ?? null)),
    atRisk,
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
    return failed(result, current.error);
  }
  const reduced = reduceInWindow(kpi, current.frames, window);
  if ('error' in reduced) {
    return failed(result, reduced.error);
  }
  const { value } = reduced;
  const newest = newestOf(reduced.newest, input);
  result.value = value;
  result.newestSampleAt = newest === null ? null : isoTime(newest);
  result.previous = previousValue(kpi, input.previous, input.previousWindow);
  if (value === null) {
    return result;
  }
  if (result.previous !== null) {
    setDelta(result, kpi, value, result.previous);
  }
  const forecast = isAdditive(kpi.reduce) ? periodForecast(window, value, previousTotal(input)) : null;
  const target =
    result.target === null || result.target === kpi.target.value ? kpi.target : { ...kpi.target, value: result.target };
  const sli = sliPercent(kpi, value);
  const left = kpi.slo ? budgetLeft(kpi.slo.objective, sli) : null;
  result.attainment = attainment(kpi.direction, target, value);
  result.forecast = forecast;
  result.budgetLeft = left;
  const maxAge = kpi.maxAge ? durationMs(kpi.maxAge) : undefined;
  if (maxAge !== undefined && newest !== null && newest < now - maxAge) {
    result.status = 'stale';
    return result;
  }
  result.status =
    kpi.slo && left !== null
      ? budgetStatus(kpi.slo.objective, sli, left)
      : thresholdStatus(kpi.direction, kpi.target, forecast ?? value, atRisk);
  return result;
}

/** A time as ISO text; answers at one step share their newest time, so the last one is kept. */
function isoTime(t: number): string {
  if (t !== lastIso.t) {
    lastIso.t = t;
    lastIso.text = new Date(t).toISOString();
  }
  return lastIso.text;
}

const lastIso = { t: NaN, text: '' };

function failed(result: KpiEvaluation, error: string): KpiEvaluation {
  result.status = 'error';
  result.error = error;
  return result;
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
 * relative change (0.2 = +20%) otherwise, and the absolute difference when the previous value is 0. Set on the
 * result, as the other rules are (no object per KPI per refresh).
 */
export function setDelta(
  result: Pick<KpiEvaluation, 'delta' | 'deltaKind'>,
  kpi: Kpi,
  value: number,
  previous: number
) {
  const percentScale = percentFactor(kpi.unit);
  if (percentScale !== undefined) {
    result.delta = (value - previous) * percentScale;
    result.deltaKind = 'percentage-points';
  } else if (previous === 0) {
    result.delta = value - previous;
    result.deltaKind = 'absolute';
  } else {
    result.delta = (value - previous) / Math.abs(previous);
    result.deltaKind = 'relative';
  }
}
