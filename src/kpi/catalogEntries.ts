import { type Kpi, type KpiCatalog, type Objective, type Problem, type Scorecard } from './types';

/** An entry of a catalog list that passed validation: typed, at its place in the list. */
export interface ValidEntry<T> {
  ok: true;
  index: number;
  value: T;
}

/**
 * An entry validation marks broken, at its place: what was written, what is wrong, the fields that have their
 * shape (a view shows these and never checks a shape itself), and what to call it (its id and name where they
 * are text, else its place, `kpis[3]`).
 */
export interface BrokenEntry<T> {
  ok: false;
  index: number;
  raw: unknown;
  problems: Problem[];
  fields: Partial<T>;
  id: string;
  name: string;
}

export type Entry<T> = ValidEntry<T> | BrokenEntry<T>;

/** A KPI as a view shows it, valid or broken: what it is called, and the fields that have their shape. */
export type ShownKpi = Partial<Kpi> & Pick<Kpi, 'id' | 'name'>;

export interface ValidationResult {
  /**
   * The document as written, for the editor, which edits it as it is. Views read the typed lists below.
   * A document that is not an object is the empty catalog here.
   */
  catalog: KpiCatalog;
  /** Every entry of each list, in catalog order: valid ones typed, broken ones with their problems. */
  kpis: Array<Entry<Kpi>>;
  objectives: Array<Entry<Objective>>;
  scorecards: Array<Entry<Scorecard>>;
  /** The valid KPIs, in catalog order. */
  validKpis: Kpi[];
  problems: Problem[];
  hasErrors: boolean;
}

/**
 * Where a link by id lands in a list of entries: the first entry whose id is text, by id. A later entry with the
 * same id (an error) is reached by none.
 */
export function firstIndexById<T extends { id: string }>(entries: ReadonlyArray<Entry<T>>): Map<string, number> {
  const first = new Map<string, number>();
  for (const entry of entries) {
    const id = entry.ok ? entry.value.id : entry.fields.id;
    if (id !== undefined && !first.has(id)) {
      first.set(id, entry.index);
    }
  }
  return first;
}

/** A KPI entry as a view shows it: the valid KPI, or what a broken one has with what to call it. */
export function shownKpi(entry: Entry<Kpi>): ShownKpi {
  return entry.ok ? entry.value : { ...entry.fields, id: entry.id, name: entry.name };
}

/** What to call an entry, valid or broken: its id and its name (title), as BrokenEntry has them. */
export function entryName(entry: Entry<Kpi>): { id: string; name: string } {
  return entry.ok ? { id: entry.value.id, name: entry.value.name } : { id: entry.id, name: entry.name };
}

/** Errors about a whole list (`kpis` missing, or written as a mapping): said where the list would be shown. */
export function listProblems(validation: ValidationResult, list: 'kpis' | 'objectives' | 'scorecards'): Problem[] {
  return validation.problems.filter((p) => p.severity === 'error' && p.at.list === undefined && p.at.path[0] === list);
}
