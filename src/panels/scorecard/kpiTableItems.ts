import { type DataFrame, type Field } from '@grafana/data';

import {
  TABLE_FIELDS as F,
  type EmptyTable,
  type KpiTableMeta,
  type KpiTrendMeta,
} from '../../datasource/kpiTableMeta';
import { type KpiSeries } from '../../kpi/kpiSeries';
import { type DeltaKind, type Kpi, type KpiEvaluation, type KpiStatus } from '../../kpi/types';
import { type ScorecardItem } from './scorecardItems';

export interface KpiTable {
  items: ScorecardItem[];
  /** The evaluation's now, epoch ms. */
  now: number;
  empty?: EmptyTable;
}

type Custom = { kpiTable?: KpiTableMeta; kpiTrend?: KpiTrendMeta };
const custom = (frame: DataFrame) => frame.meta?.custom as Custom | undefined;

/**
 * The scorecard's items from the panel's data: the KPI datasource's table frames (their fields give each KPI's
 * evaluation, their meta its definition) and trend frames. Undefined when the data holds no KPI table. An item
 * equal to one in `previous` (same KPI, same figures, same trend) is that object, so its memoised card does not
 * render again when another KPI's answer arrives; a KPI still loading in a new answer (a refresh) keeps its figures
 * from `previous`, marked loading.
 */
export function kpiTableItems(series: DataFrame[], previous?: Map<number, ScorecardItem>): KpiTable | undefined {
  const tables = series.filter((f) => custom(f)?.kpiTable);
  if (tables.length === 0) {
    return undefined;
  }
  const trends = new Map<string, KpiSeries>();
  for (const frame of series) {
    const id = custom(frame)?.kpiTrend?.kpiId;
    if (id !== undefined && frame.fields.length >= 2) {
      trends.set(id, trendOf(frame.fields[0], frame.fields[1]));
    }
  }
  const items = tables.flatMap((frame) => {
    const meta = custom(frame)!.kpiTable!;
    const field = (name: string) => frame.fields.find((f) => f.name === name);
    return meta.rows.map((row, i) => {
      const evaluation = evaluationAt(field, i);
      const item = {
        ...row,
        name: row.kpi.name,
        loading: evaluation === undefined,
        evaluation,
        status: evaluation?.status,
        trend: trends.get(row.kpi.id) ?? null,
      } as ScorecardItem;
      const before = previous?.get(row.index);
      if (before && !evaluation && before.evaluation && before.kpi.id === row.kpi.id) {
        // A refresh: the KPI's last figures stay on screen, marked loading, until its new answer comes.
        return before.loading ? before : { ...before, loading: true };
      }
      return before && sameItem(before, item) ? before : item;
    });
  });
  const first = custom(tables[0])!.kpiTable!;
  return { items, now: first.now, empty: items.length === 0 ? first.empty : undefined };
}

/** The same trend object for the same values array, so a sparkline is not drawn again for an unchanged line. */
const trendCache = new WeakMap<unknown[], KpiSeries>();
function trendOf(time: Field, value: Field): KpiSeries {
  const cached = trendCache.get(value.values);
  if (cached) {
    return cached;
  }
  const series = { times: time.values as number[], values: value.values as Array<number | null>, ascending: true };
  trendCache.set(value.values, series);
  return series;
}

function evaluationAt(field: (name: string) => Field | undefined, i: number): KpiEvaluation | undefined {
  const get = <T>(name: string): T | null => (field(name)?.values[i] as T | undefined) ?? null;
  const status = get<KpiStatus>(F.status);
  if (status === null) {
    return undefined;
  }
  return {
    id: get<string>(F.id) ?? '',
    status,
    value: get<number>(F.value),
    target: get<number>(F.target),
    atRisk: get<number>(F.atRisk),
    attainment: get<number>(F.attainment),
    forecast: get<number>(F.forecast),
    previous: get<number>(F.previous),
    delta: get<number>(F.delta),
    deltaKind: get<DeltaKind>(F.deltaKind),
    newestSampleAt: get<string>(F.updated),
    budgetLeft: get<number>(F.budgetLeft),
    error: get<string>(F.error),
  };
}

function sameItem(a: ScorecardItem, b: ScorecardItem): boolean {
  if (a.kpi.id !== b.kpi.id || a.invalid !== b.invalid || a.trend !== b.trend || a.reachable !== b.reachable) {
    return false;
  }
  if (a.kpi !== b.kpi && JSON.stringify(a.kpi) !== JSON.stringify(b.kpi as Kpi)) {
    return false;
  }
  const [x, y] = [a.evaluation, b.evaluation];
  if (!x || !y) {
    return x === y;
  }
  return (Object.keys(x) as Array<keyof KpiEvaluation>).every((k) => x[k] === y[k]);
}
