import { isRecord } from '../kpi/places';
import { stableStringify } from '../kpi/stableStringify';
import { KpiCatalog } from '../kpi/types';

const LISTS = ['kpis', 'objectives', 'scorecards'] as const;
type List = (typeof LISTS)[number];

/** Whose edits an entry of the merged catalog carries, by list and id. */
export interface MergeReport {
  /** Changed (added, edited or deleted) only in my draft: mine is taken. */
  mine: Array<{ list: List; id: string }>;
  /** Changed only in theirs: theirs is kept. */
  theirs: Array<{ list: List; id: string }>;
  /** Changed on both sides, differently: mine is taken, for the admin to review before saving. */
  both: Array<{ list: List; id: string }>;
}

const idOf = (entry: unknown) => (isRecord(entry) && typeof entry.id === 'string' ? entry.id : undefined);

function byId(entries: unknown[] | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of entries ?? []) {
    const id = idOf(entry);
    if (id !== undefined && !map.has(id)) {
      map.set(id, stableStringify(entry));
    }
  }
  return map;
}

/**
 * A three-way merge by id of my draft onto their saved catalog, both made from `base`: an entry only I changed
 * takes my version, one only they changed keeps theirs, so a conflict never puts their old values back. Entries
 * without an id (broken ones, kept as they are) follow their catalog.
 */
export function mergeEdits(
  base: KpiCatalog,
  mine: KpiCatalog,
  theirs: KpiCatalog
): { catalog: KpiCatalog; report: MergeReport } {
  const report: MergeReport = { mine: [], theirs: [], both: [] };
  const catalog = { ...theirs } as unknown as Record<List, unknown[]>;
  for (const list of LISTS) {
    const b = byId(base[list]);
    const m = byId(mine[list]);
    const t = byId(theirs[list]);
    const mineEntry = new Map((mine[list] ?? []).map((e) => [idOf(e), e as unknown]));
    const changed = (side: Map<string, string>, id: string) => side.get(id) !== b.get(id);
    const merged: unknown[] = [];
    for (const entry of theirs[list] ?? []) {
      const id = idOf(entry);
      if (id === undefined || !changed(m, id)) {
        if (id !== undefined && changed(t, id)) {
          report.theirs.push({ list, id });
        }
        merged.push(entry);
        continue;
      }
      (changed(t, id) && t.get(id) !== m.get(id) ? report.both : report.mine).push({ list, id });
      if (m.has(id)) {
        merged.push(mineEntry.get(id));
      }
    }
    // What I added, or edited where they deleted it; what they deleted and I left alone stays deleted.
    for (const [id, text] of m) {
      if (t.has(id) || text === b.get(id)) {
        continue;
      }
      (b.has(id) ? report.both : report.mine).push({ list, id });
      merged.push(mineEntry.get(id));
    }
    if (theirs[list] !== undefined || merged.length > 0) {
      catalog[list] = merged;
    }
  }
  return { catalog: catalog as unknown as KpiCatalog, report };
}
