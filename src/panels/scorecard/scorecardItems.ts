import { DataFrame } from '@grafana/data';
import { invalidKpiEvaluation } from '../../kpi/invalidKpiEvaluation';
import { KpiSeries, singleSeries } from '../../kpi/kpiSeries';
import { Orderable } from '../../kpi/scorecardOrder';
import { trendSeries } from '../../kpi/trendSeries';
import { Kpi, KpiEvaluation, KpiStatus } from '../../kpi/types';
import { KpiResult } from '../../query/evaluateResults';
import { InvalidEntry } from './selectPanelKpis';

/** One KPI as the panel shows it: its definition, where it is in the catalog, and how far its evaluation got. */
export interface ScorecardItem extends Orderable {
  kpi: Kpi;
  /** A link by its id opens its page: false for an entry without an id, or one that repeats an earlier id. */
  reachable: boolean;
  /** The catalog marks it invalid: its definition is shown as written, without the spec's defaults. */
  invalid: boolean;
  loading: boolean;
  evaluation?: KpiEvaluation;
  result?: KpiResult;
}

/** A KPI the catalog marks invalid is shown, never queried: as an error that says what is wrong with it. */
export function invalidItem({ kpi, index, message, reachable }: InvalidEntry): ScorecardItem {
  const evaluation = invalidKpiEvaluation(kpi.id, message);
  return {
    kpi,
    index,
    name: kpi.name ?? kpi.id,
    reachable,
    invalid: true,
    loading: false,
    evaluation,
    status: 'error',
  };
}

export function resultItem(result: KpiResult, index: number): ScorecardItem {
  const { kpi, evaluation } = result;
  const { loading } = result;
  return {
    kpi,
    index,
    name: kpi.name,
    reachable: true,
    invalid: false,
    loading,
    evaluation,
    status: evaluation?.status,
    result,
  };
}

/** Keeps items whose status is one of `statuses`; an item still loading stays until its status is known. */
export function filterByStatus(items: ScorecardItem[], statuses: string[]): ScorecardItem[] {
  if (statuses.length === 0) {
    return items;
  }
  return items.filter((item) => item.status === undefined || statuses.includes(item.status as KpiStatus));
}

/** The series the sparkline draws: the current window's answer (trendSeries), when it is one usable series. */
export function sparklineSeries(item: ScorecardItem): KpiSeries | null {
  const frames = item.result?.current?.frames;
  if (!frames) {
    return null;
  }
  // Per answer, not per item: when the previous period's answer comes in (a new item, the same current frames)
  // the sparkline keeps its series object, so uPlot is not set up again for an unchanged line.
  let picked = seriesOfFrames.get(frames);
  if (picked === undefined) {
    const series = singleSeries(frames).series ?? null;
    // An additive calendar KPI draws its running total: the quantity its value and target are in.
    picked = series && trendSeries(item.kpi, series, item.result?.window);
    seriesOfFrames.set(frames, picked);
  }
  return picked;
}

const seriesOfFrames = new WeakMap<DataFrame[], KpiSeries | null>();
