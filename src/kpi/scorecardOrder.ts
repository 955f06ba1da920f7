import { STATUS_SEVERITY } from './kpiStatus';
import { type KpiStatus } from './types';

const SCORECARD_SORTS = ['worst-first', 'catalog', 'name'] as const;
export type ScorecardSort = (typeof SCORECARD_SORTS)[number];

export interface Orderable {
  name: string;
  /** Position in the catalog: the tie-breaker, so equal items never swap places between refreshes. */
  index: number;
  /** Undefined while the KPI is still loading: it goes after every evaluated one. */
  status?: KpiStatus;
}

const LOADING = Object.keys(STATUS_SEVERITY).length;

/** Orders a scorecard's items: worst status first (the default), catalog order, or by name. Returns a new array. */
export function orderScorecard<T extends Orderable>(items: T[], sort: ScorecardSort): T[] {
  const byCatalog = (a: T, b: T) => a.index - b.index;
  const compare: Record<ScorecardSort, (a: T, b: T) => number> = {
    'worst-first': (a, b) => severity(a) - severity(b) || byCatalog(a, b),
    catalog: byCatalog,
    name: (a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true }) || byCatalog(a, b),
  };
  return [...items].sort(compare[sort]);
}

function severity(item: Orderable): number {
  return item.status === undefined ? LOADING : STATUS_SEVERITY[item.status];
}
