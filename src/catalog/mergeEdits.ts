import { isRecord } from '../kpi/places';
import { stableStringify } from '../kpi/stableStringify';
import { type KpiCatalog } from '../kpi/types';

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
    const merged = mergeList(new ListSides(list, base, mine, theirs), report);
    if (theirs[list] !== undefined || merged.length > 0) {
      catalog[list] = merged;
    }
  }
  return { catalog: catalog as unknown as KpiCatalog, report };
}

/** One list of the three catalogs, by id, as stable text to compare. */
class ListSides {
  readonly base: Map<string, string>;
  readonly mine: Map<string, string>;
  readonly theirs: Map<string, string>;
  readonly theirEntries: unknown[];
  private readonly mineEntries: Map<string | undefined, unknown>;

  constructor(
    readonly list: List,
    base: KpiCatalog,
    mine: KpiCatalog,
    theirs: KpiCatalog
  ) {
    this.base = byId(base[list]);
    this.mine = byId(mine[list]);
    this.theirs = byId(theirs[list]);
    this.theirEntries = theirs[list] ?? [];
    this.mineEntries = new Map((mine[list] ?? []).map((e) => [idOf(e), e as unknown]));
  }

  changed(side: Map<string, string>, id: string): boolean {
    return side.get(id) !== this.base.get(id);
  }

  mineEntry(id: string): unknown {
    return this.mineEntries.get(id);
  }
}

function mergeList(sides: ListSides, report: MergeReport): unknown[] {
  return [...mergeTheirEntries(sides, report), ...entriesOnlyMineHas(sides, report)];
}

/** Their entries in their order, each replaced by mine where I changed it (dropped where I deleted it). */
function mergeTheirEntries(sides: ListSides, report: MergeReport): unknown[] {
  const { list, mine, theirs } = sides;
  const merged: unknown[] = [];
  for (const entry of sides.theirEntries) {
    const id = idOf(entry);
    if (id === undefined || !sides.changed(mine, id)) {
      if (id !== undefined && sides.changed(theirs, id)) {
        report.theirs.push({ list, id });
      }
      merged.push(entry);
      continue;
    }
    (sides.changed(theirs, id) && theirs.get(id) !== mine.get(id) ? report.both : report.mine).push({ list, id });
    if (mine.has(id)) {
      merged.push(sides.mineEntry(id));
    }
  }
  return merged;
}

/** What I added, or edited where they deleted it; what they deleted and I left alone stays deleted. */
function entriesOnlyMineHas(sides: ListSides, report: MergeReport): unknown[] {
  const { list, base, mine, theirs } = sides;
  const added: unknown[] = [];
  for (const [id, text] of mine) {
    if (theirs.has(id) || text === base.get(id)) {
      continue;
    }
    (base.has(id) ? report.both : report.mine).push({ list, id });
    added.push(sides.mineEntry(id));
  }
  return added;
}
