/** Where a problem is in a catalog, as data; `placeText` writes it the way a person reads it. */

export type CatalogList = 'kpis' | 'objectives' | 'scorecards';
export type PathKey = string | number;

/** The entry a problem belongs to (none for the document itself; no list for a file of documents) and the path inside. */
export interface Place {
  list?: CatalogList;
  index?: number;
  /** The entry's id where it is text, so a person finds the entry by it. */
  id?: string;
  /** Inside the entry (or the document): `['target', 'value']`, `['links', 0, 'url']`. */
  path: PathKey[];
}

/** The place of an entry of a catalog list, or of a field inside it. */
export function entryPlace(list: CatalogList, index: number, item: unknown, path: PathKey[] = []): Place {
  const id = isRecord(item) && typeof item.id === 'string' && item.id !== '' ? item.id : undefined;
  return { list, index, id, path };
}

/** `kpis[2] (mttr).target.value`, `scorecards[0]`, `kpis`, or `(document)` for the document itself. */
export function placeText(at: Place): string {
  // An entry of an unnamed list (the documents of an OpenSLO file) is `[2] (name)`.
  const entry =
    at.index === undefined ? '' : `${at.list ?? ''}[${at.index}]${at.id === undefined ? '' : ` (${at.id})`}`;
  return joinPath(entry, at.path) || '(document)';
}

/** Whether a place is at or inside one entry of a list. */
export function isInEntry(at: Place, list: CatalogList, index: number): boolean {
  return at.list === list && at.index === index;
}

export function joinPath(base: string, path: readonly PropertyKey[]): string {
  let place = base;
  for (const key of path) {
    place += typeof key === 'number' ? `[${key}]` : place === '' ? String(key) : `.${String(key)}`;
  }
  return place;
}

/** Zod's issue path as a place's path (zod never uses symbols for data keys). */
export function pathOf(path: readonly PropertyKey[]): PathKey[] {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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

/** An entry's place as a person reads it: `kpis[2] (mttr)`. */
export function itemPlace(list: CatalogList, index: number, item: unknown): string {
  return placeText(entryPlace(list, index, item));
}
