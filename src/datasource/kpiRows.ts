import { type ShownKpi } from '../kpi/catalogEntries';
import { invalidKpiEvaluation } from '../kpi/invalidKpiEvaluation';
import { singleSeries, type KpiSeries } from '../kpi/kpiSeries';
import { trendSeries } from '../kpi/trendSeries';
import { type Kpi, type KpiEvaluation, type KpiStatus } from '../kpi/types';
import { type KpiResult } from '../query/evaluateResults';
import { type PanelSelection } from '../query/selectPanelKpis';

/** One selected KPI as the KPI table carries it: its definition, its place, its evaluation once in, its trend. */
export interface KpiRow {
  /** The catalog's definition (without its revision history: a table row is no place for it). */
  kpi: Kpi | ShownKpi;
  /** Its place in the catalog. */
  index: number;
  /** The catalog marks it invalid: shown as an error, never queried. */
  invalid: boolean;
  /** A link by its id opens its page (it has an id no earlier entry has). */
  reachable: boolean;
  /** Absent while its answers are on their way. */
  evaluation?: KpiEvaluation;
  /** The current window's answer as the trend draws it (trendSeries); null when it is not one timed series. */
  trend: KpiSeries | null;
}

/**
 * The rows of a selection: the catalog's invalid entries as errors, then the evaluated KPIs; rows whose status is
 * not in `statuses` (when given) are left out, a row still loading stays until its status is known.
 */
export function kpiRows(selection: PanelSelection, results: KpiResult[], statuses: string[] = []): KpiRow[] {
  const invalid: KpiRow[] = selection.invalid.map(({ kpi, index, message, reachable }) => ({
    kpi,
    index,
    invalid: true,
    reachable,
    evaluation: invalidKpiEvaluation(kpi.id, message),
    trend: null,
  }));
  const valid: KpiRow[] = results.map((result) => ({
    kpi: withoutHistory(result.kpi),
    index: selection.indexOf.get(result.kpi.id) ?? 0,
    invalid: false,
    reachable: true,
    evaluation: result.evaluation,
    trend: trendOf(result),
  }));
  const all = [...invalid, ...valid];
  if (statuses.length === 0) {
    return all;
  }
  return all.filter((row) => !row.evaluation || statuses.includes(row.evaluation.status as KpiStatus));
}

function withoutHistory(kpi: Kpi): Kpi {
  if (!kpi.history) {
    return kpi;
  }
  const { history, ...rest } = kpi;
  return rest;
}

/** The series the trend draws: the current window's answer, when it is one series over time. */
function trendOf(result: KpiResult): KpiSeries | null {
  const frames = result.current?.frames;
  if (!frames) {
    return null;
  }
  // Per answer: the same frames (a new emission for another KPI's answer) keep their trend object and values.
  let trend = trendOfFrames.get(frames);
  if (trend === undefined) {
    const series = singleSeries(frames).series ?? null;
    // An additive calendar KPI draws its running total: the quantity its value and target are in.
    trend = series && series.times ? trendSeries(result.kpi, series, result.window) : null;
    trendOfFrames.set(frames, trend);
  }
  return trend;
}

const trendOfFrames = new WeakMap<object, KpiSeries | null>();
