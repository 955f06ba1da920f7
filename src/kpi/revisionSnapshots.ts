import { isRecord } from './places';

/**
 * A history entry's snapshot holds only what the change replaced: the fields of the old definition that differ
 * from the new one (null for a field it did not have) and its revision. A full copy per entry made a KPI with 20
 * revisions 13 KB; this keeps the stored form small while every old definition stays readable (definitionsBefore).
 */
export function compactSnapshot(previous: Record<string, unknown>, next: Record<string, unknown>) {
  const snapshot: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(previous), ...Object.keys(next)])) {
    if (key === 'history' || JSON.stringify(previous[key]) === JSON.stringify(next[key])) {
      continue;
    }
    snapshot[key] = previous[key] === undefined ? null : previous[key];
  }
  if (previous.revision !== undefined) {
    snapshot.revision = previous.revision;
  }
  return snapshot;
}

/**
 * The definition each history entry replaced, by index, rebuilt from the current one by applying the snapshots
 * newest first (null removes a field). A full snapshot, as earlier versions wrote, reads the same way. An entry
 * without a snapshot (the first, `created`) replaced nothing: undefined.
 */
export function definitionsBefore(kpi: unknown): Array<Record<string, unknown> | undefined> {
  if (!isRecord(kpi) || !Array.isArray(kpi.history)) {
    return [];
  }
  const { history, ...current } = kpi as Record<string, unknown> & { history: unknown[] };
  const out: Array<Record<string, unknown> | undefined> = new Array(history.length);
  let definition: Record<string, unknown> = current;
  for (let i = history.length - 1; i >= 0; i--) {
    const snapshot = isRecord(history[i]) ? (history[i] as Record<string, unknown>).snapshot : undefined;
    if (!isRecord(snapshot)) {
      continue;
    }
    definition = { ...definition };
    for (const [key, value] of Object.entries(snapshot)) {
      if (value === null) {
        delete definition[key];
      } else {
        definition[key] = value;
      }
    }
    out[i] = definition;
  }
  return out;
}
