/** Human-readable places in a catalog: `kpis[2] (mttr).target.value`. */

export function itemPlace(list: string, index: number, item: unknown): string {
  const id = isRecord(item) && typeof item.id === 'string' && item.id !== '' ? ` (${item.id})` : '';
  return `${list}[${index}]${id}`;
}

export function joinPath(base: string, path: readonly PropertyKey[]): string {
  let place = base;
  for (const key of path) {
    place += typeof key === 'number' ? `[${key}]` : place === '' ? String(key) : `.${String(key)}`;
  }
  return place;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type CatalogList = 'kpis' | 'objectives' | 'scorecards';

/**
 * What a view calls a catalog entry: its id and name (a KPI's `name`, an objective's or scorecard's `title`) where
 * they are text, else its place (`kpis[3]`).
 */
export function entryLabel(entry: unknown, index: number, list: CatalogList = 'kpis'): { id: string; name: string } {
  const record = isRecord(entry) ? entry : {};
  const id = typeof record.id === 'string' && record.id !== '' ? record.id : `${list}[${index}]`;
  const written = list === 'kpis' ? record.name : record.title;
  const name = typeof written === 'string' && written !== '' ? written : id;
  return { id, name };
}

/**
 * Where a link by id lands: the first object in the list with that id (-1 for none, or no id), as the KPI page
 * finds it and a form opens it. An entry that is not an object (written so in YAML) is passed over.
 */
export function indexOfId(entries: readonly unknown[], id: string | undefined): number {
  return id === undefined ? -1 : entries.findIndex((entry) => isRecord(entry) && entry.id === id);
}

/** Whether a link by its id reaches this entry: it has an id, a non-empty string no entry before it has. */
export function reachableById(entries: readonly unknown[], index: number): boolean {
  const entry = entries[index];
  return isRecord(entry) && typeof entry.id === 'string' && entry.id !== '' && indexOfId(entries, entry.id) === index;
}
