import { isRecord } from '../kpi/places';
import { type KpiCatalog } from '../kpi/types';

/** replace: the file becomes the catalog. merge: the file's entries are added or update theirs by id; the rest stays. */
export type ImportMode = 'replace' | 'merge';

/** The catalog an import asks for, before revisions are recorded (applyImport). */
export function importedCatalog(current: KpiCatalog, incoming: KpiCatalog, mode: ImportMode): KpiCatalog {
  if (mode === 'replace') {
    return incoming;
  }
  return {
    ...current,
    kpis: overlay(current.kpis, incoming.kpis),
    objectives: overlay(current.objectives, incoming.objectives),
    scorecards: overlay(current.scorecards, incoming.scorecards),
  } as KpiCatalog;
}

/** Each entry of `base` replaced where `changes` has one with its id, in place; `changes`' new ids after them. */
function overlay<T>(base: T[] | undefined, changes: T[] | undefined): T[] {
  const idOf = (entry: T) => (isRecord(entry) && typeof entry.id === 'string' ? entry.id : undefined);
  const incoming = new Map((changes ?? []).map((entry) => [idOf(entry), entry]));
  const used = new Set<string>();
  const merged = (base ?? []).map((entry) => {
    const id = idOf(entry);
    if (id !== undefined && incoming.has(id) && !used.has(id)) {
      used.add(id);
      return incoming.get(id)!;
    }
    return entry;
  });
  return [...merged, ...(changes ?? []).filter((entry) => !used.has(idOf(entry) ?? ''))];
}
