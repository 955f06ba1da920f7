import { type ShownKpi } from '../kpi/catalogEntries';
import { type EmptySelectionReason } from '../kpi/explainSelection';
import { type Kpi } from '../kpi/types';

/** The KPI table's field names: the CSV's header and what a Table, Stat or Bar gauge panel matches on. */
export const TABLE_FIELDS = {
  id: 'id',
  name: 'name',
  status: 'status',
  value: 'value',
  target: 'target',
  unit: 'unit',
  delta: 'delta',
  forecast: 'forecast',
  budgetLeft: 'budget left',
  owner: 'owner',
  team: 'team',
  type: 'type',
  objective: 'objective',
  links: 'links',
  atRisk: 'at risk',
  previous: 'previous',
  deltaKind: 'delta kind',
  attainment: 'attainment',
  updated: 'updated',
  error: 'error',
} as const;

/** Why a KPI table has no rows, when that is not an error: what the scorecard panel explains. */
export type EmptyTable =
  | { kind: 'not-configured' }
  | { kind: 'nothing-chosen' }
  | { kind: 'catalog'; reasons: EmptySelectionReason[] }
  | { kind: 'status'; statuses: string[] }
  | { kind: 'unknown-scorecard'; id: string }
  /** The scorecard's `select` is written in a shape that cannot be read; `problems` say where and how. */
  | { kind: 'unreadable-scorecard'; id: string; problems: string[] };

/** What the KPI table frame carries in `meta.custom.kpiTable` beside its fields (kept in JSON snapshots). */
export interface KpiTableMeta {
  /** The evaluation's now, epoch ms (the query's time range end). */
  now: number;
  /** Per row, in the fields' order: the KPI's definition and place in the catalog. */
  rows: Array<{ kpi: Kpi | ShownKpi; index: number; invalid: boolean; reachable: boolean }>;
  empty?: EmptyTable;
}

/** `meta.custom.kpiTrend` of a KPI's trend frame. */
export interface KpiTrendMeta {
  kpiId: string;
}
