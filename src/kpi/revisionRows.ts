import { isRecord } from './places';

/** One entry of a KPI's revision history as a view shows it: only what is written as the spec says. */
export interface RevisionRow {
  /** `history[2]`: its place in the KPI's history, unique where revision numbers are not. */
  place: string;
  /** Its index in the history list. */
  index: number;
  revision?: number;
  at?: string;
  by?: string;
  /** The changes written as text. */
  changes: string[];
  /** The definition this revision replaced, when it is one (an object). */
  snapshot?: Record<string, unknown>;
  /** The entry is not an object: nothing of it can be shown. */
  notAnEntry: boolean;
  /** The fields (or `changes[1]`) that hold something else than the spec says: left out, not shown as text. */
  unreadable: string[];
}

/**
 * A KPI's history, newest first. A KPI the catalog marks invalid may have anything there (a history that is not
 * a list, entries that are not objects, objects or lists where text belongs): what is not as written is left out
 * and named, never rendered (React throws on an object). A history that is not a list has no rows.
 */
export function revisionRows(history: unknown): RevisionRow[] {
  if (!Array.isArray(history)) {
    return [];
  }
  return history.map((entry, index) => readEntry(entry, index)).reverse();
}

function readEntry(entry: unknown, index: number): RevisionRow {
  const place = `history[${index}]`;
  if (!isRecord(entry)) {
    return { place, index, changes: [], notAnEntry: true, unreadable: [] };
  }
  const unreadable: string[] = [];
  const read = <T>(field: string, ok: (v: unknown) => v is T): T | undefined => {
    const value = entry[field];
    if (value === undefined || ok(value)) {
      return value as T | undefined;
    }
    unreadable.push(field);
    return undefined;
  };
  const revision = read('revision', isNumber);
  const at = read('at', isText);
  const by = read('by', isText);
  const changes: string[] = [];
  if (Array.isArray(entry.changes)) {
    entry.changes.forEach((change, i) => (isText(change) ? changes.push(change) : unreadable.push(`changes[${i}]`)));
  } else if (entry.changes !== undefined) {
    unreadable.push('changes');
  }
  const snapshot = read('snapshot', isRecord);
  return { place, index, revision, at, by, changes, snapshot, notAnEntry: false, unreadable };
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
