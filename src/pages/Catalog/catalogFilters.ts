import { CatalogRow } from './catalogRows';

/** The catalog's filters; each is a URL parameter so a filtered catalog can be shared as a link. */
export interface CatalogFilters {
  search: string;
  team?: string;
  category?: string;
  type?: string;
  status?: string;
  tag?: string;
  objective?: string;
}

export const FILTER_KEYS = ['team', 'category', 'type', 'status', 'tag', 'objective'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function filterRows(rows: CatalogRow[], filters: CatalogFilters): CatalogRow[] {
  const needle = filters.search.trim().toLowerCase();
  return rows.filter((row) => {
    const { kpi } = row;
    if (needle && !searchText(row).includes(needle)) {
      return false;
    }
    return (
      matches(filters.team, kpi.team) &&
      matches(filters.category, kpi.category) &&
      matches(filters.type, kpi.type) &&
      matches(filters.objective, kpi.objective) &&
      matches(filters.status, row.status) &&
      (!filters.tag || (Array.isArray(kpi.tags) && kpi.tags.includes(filters.tag)))
    );
  });
}

function matches(wanted: string | undefined, actual: unknown): boolean {
  return !wanted || wanted === actual;
}

/**
 * Each row's lower-cased search text, worked out once per row rather than once per row per keystroke:
 * rows are rebuilt (new objects) only when the catalog or its results change, so the cache follows them.
 */
const searchTexts = new WeakMap<CatalogRow, string>();

function searchText(row: CatalogRow): string {
  let text = searchTexts.get(row);
  if (text === undefined) {
    text = buildSearchText(row);
    searchTexts.set(row, text);
  }
  return text;
}

function buildSearchText(row: CatalogRow): string {
  const { kpi } = row;
  return [row.id, row.name, kpi.description, kpi.team, kpi.owner, ...(Array.isArray(kpi.tags) ? kpi.tags : [])]
    .filter((v) => typeof v === 'string')
    .join(' ')
    .toLowerCase();
}

/** The values a filter can take, from the KPIs there are, sorted. */
export function filterOptions(rows: CatalogRow[], key: FilterKey): string[] {
  const values = new Set<string>();
  for (const row of rows) {
    const value = key === 'status' ? row.status : key === 'tag' ? row.kpi.tags : row.kpi[key];
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v === 'string' && v !== '') {
        values.add(v);
      }
    }
  }
  return [...values].sort();
}
