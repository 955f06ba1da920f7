import { CATALOG_FILTER_KEYS } from '../../routing';
import { shownSeverity } from '../shared/shownStatus';
import { type CatalogRow } from './catalogRows';

/** The catalog's filters; each is a URL parameter so a filtered catalog can be shared as a link. */
export interface CatalogFilters {
  search: string;
  team?: string;
  category?: string;
  type?: string;
  /** A row status: `error` takes broken definitions too, as their badge reads Error. */
  status?: string;
  tag?: string;
  objective?: string;
}

export const FILTER_KEYS = CATALOG_FILTER_KEYS;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function filterRows(rows: CatalogRow[], filters: CatalogFilters): CatalogRow[] {
  const needle = filters.search.trim().toLowerCase();
  const texts = needle ? searchTexts(rows) : undefined;
  return rows.filter((row, index) => {
    const { kpi } = row;
    if (texts && !texts[index].includes(needle)) {
      return false;
    }
    return (
      matches(filters.team, kpi.team) &&
      matches(filters.category, kpi.category) &&
      matches(filters.type, kpi.type) &&
      matches(filters.objective, kpi.objective) &&
      matches(filters.status, row.status) &&
      (!filters.tag || (kpi.tags ?? []).includes(filters.tag))
    );
  });
}

function matches(wanted: string | undefined, actual: string | undefined): boolean {
  return !wanted || wanted === actual;
}

/**
 * The rows' lower-cased search texts, worked out once per list of rows rather than once per row per
 * keystroke: the list is rebuilt (a new array) only when the catalog or its results change.
 */
const searchTextCache = new WeakMap<CatalogRow[], string[]>();

function searchTexts(rows: CatalogRow[]): string[] {
  let texts = searchTextCache.get(rows);
  if (texts === undefined) {
    texts = rows.map(buildSearchText);
    searchTextCache.set(rows, texts);
  }
  return texts;
}

function buildSearchText(row: CatalogRow): string {
  const { kpi } = row;
  return [row.id, row.name, kpi.description, kpi.team, kpi.owner, ...(kpi.tags ?? [])]
    .filter((v) => v !== undefined)
    .join(' ')
    .toLowerCase();
}

/** The values a filter can take, from the KPIs there are: sorted, the statuses as shown and worst first. */
export function filterOptions(rows: CatalogRow[], key: FilterKey): string[] {
  if (key === 'status') {
    const shown = new Set(rows.map((row) => row.status));
    return [...shown].sort((a, b) => shownSeverity(a) - shownSeverity(b));
  }
  const values = new Set<string>();
  for (const row of rows) {
    for (const v of key === 'tag' ? (row.kpi.tags ?? []) : [row.kpi[key]]) {
      if (v !== undefined && v !== '') {
        values.add(v);
      }
    }
  }
  return [...values].sort();
}
