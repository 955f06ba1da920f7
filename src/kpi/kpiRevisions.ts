import { DEFAULT_REDUCER, DEFAULT_UNIT } from './grafanaKnowledge';
import { isRecord } from './places';
import { compactSnapshot } from './revisionSnapshots';
import { stableStringify } from './stableStringify';
import { type Kpi, type Revision } from './types';

/** Fields whose change alters what the KPI means (spec: "Revisions"). */
const MEANING: Array<{ field: string; read: (k: Kpi) => unknown }> = [
  { field: 'query', read: (k) => ({ ...k.query, datasource: undefined, refId: undefined }) },
  { field: 'datasource', read: (k) => k.query?.datasource },
  { field: 'reduce', read: (k) => k.reduce ?? DEFAULT_REDUCER },
  { field: 'window', read: (k) => k.window },
  { field: 'unit', read: (k) => k.unit ?? DEFAULT_UNIT },
  { field: 'direction', read: (k) => k.direction },
  { field: 'target', read: (k) => k.target },
];

/** Fields that are kept in history but do not change the meaning. */
const CONTEXT: Array<keyof Kpi> = [
  'name',
  'description',
  'category',
  'team',
  'owner',
  'type',
  'objective',
  'drives',
  'decimals',
  'timezone',
  'cadence',
  'maxAge',
  'slo',
  'links',
  'tags',
];

export interface KpiChange {
  bumps: boolean;
  /** Short sentences like `target.value: 10 -> 12`. */
  changes: string[];
}

export function diffKpi(before: Kpi, after: Kpi): KpiChange {
  const changes: string[] = [];
  let bumps = false;
  for (const { field, read } of MEANING) {
    const a = read(before);
    const b = read(after);
    if (!sameValue(a, b)) {
      bumps = true;
      changes.push(describeChange(field, a, b));
    }
  }
  for (const field of CONTEXT) {
    if (!sameValue(before[field], after[field])) {
      changes.push(describeChange(field, before[field], after[field]));
    }
  }
  return { bumps, changes };
}

/**
 * History entries a KPI keeps in the catalog (spec: "Revisions"): each holds the definition it replaced, so
 * without a cap history would fill the size budget. The oldest go first; `kpi pull` into git keeps them all.
 */
export const MAX_HISTORY = 20;

export interface Author {
  by: string;
  at: string;
}

/**
 * The KPI as saved: the revision goes up by one when the meaning changed, and every change is appended to
 * history with who, when, what, and the definition it replaced (old revisions stay readable).
 */
export function reviseKpi(before: Kpi | undefined, after: Kpi, author: Author): Kpi {
  const { history: _ignored, revision: _r, ...definition } = after;
  if (before && revisionBlockers(before).length > 0) {
    throw new UnrevisableKpiError(before);
  }
  if (!before) {
    const first: Revision = { revision: 1, ...author, changes: ['created'] };
    return { ...definition, revision: 1, history: [first] };
  }
  const { bumps, changes } = diffKpi(before, after);
  const revision = (before.revision ?? 1) + (bumps ? 1 : 0);
  const history = before.history ?? [];
  if (changes.length === 0) {
    return { ...definition, revision, history };
  }
  const { history: _h, ...previous } = before;
  const next = { ...definition, revision };
  const entry: Revision = { revision, ...author, changes, snapshot: compactSnapshot(previous, next) as Partial<Kpi> };
  return { ...definition, revision, history: [...history, entry].slice(-MAX_HISTORY) };
}

/**
 * The revision a view shows: the number written, or 1 for a valid KPI without one (revisions start at 1: a KPI
 * that never changed meaning has none recorded yet). An invalid KPI shows only a number it has: 1 would be a
 * valid KPI's default, not what it says.
 */
export function shownRevision(revision: unknown, invalid: boolean): string | undefined {
  const shown = invalid ? revision : (revision ?? 1);
  return typeof shown === 'number' ? String(shown) : undefined;
}

/**
 * The fields of a KPI (as written, maybe invalid) that an edit cannot be recorded against: a `revision` that is
 * not a whole number from 1 (no next number follows from it) and a `history` that is not a list (nothing can be
 * appended). Entries of a list that are themselves broken do not block: appending keeps them as they are.
 */
export function revisionBlockers(kpi: unknown): Array<'revision' | 'history'> {
  if (!isRecord(kpi)) {
    return [];
  }
  const blockers: Array<'revision' | 'history'> = [];
  if (kpi.revision !== undefined && !(Number.isInteger(kpi.revision) && (kpi.revision as number) >= 1)) {
    blockers.push('revision');
  }
  if (kpi.history !== undefined && !Array.isArray(kpi.history)) {
    blockers.push('history');
  }
  return blockers;
}

/** reviseKpi refuses rather than drop or rewrite a history it cannot append to: the YAML tab is where to fix it. */
export class UnrevisableKpiError extends Error {
  constructor(readonly kpi: Kpi) {
    super(
      `cannot record a change to a KPI whose ${revisionBlockers(kpi).join(' and ')} is not as the catalog format says`
    );
    this.name = 'UnrevisableKpiError';
  }
}

/** Equal whatever the key order; an absent field is not the same as one written as null. */
function sameValue(a: unknown, b: unknown): boolean {
  return a === undefined || b === undefined ? a === b : stableStringify(a) === stableStringify(b);
}

function describeChange(field: string, a: unknown, b: unknown): string {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b as object)]);
    const parts = [...keys]
      .filter((k) => !sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      .map(
        (k) => `${field}.${k}: ${show((a as Record<string, unknown>)[k])} -> ${show((b as Record<string, unknown>)[k])}`
      );
    if (parts.length > 0) {
      return parts.join('; ');
    }
  }
  return `${field}: ${show(a)} -> ${show(b)}`;
}

function show(value: unknown): string {
  if (value === undefined) {
    return '(none)';
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
