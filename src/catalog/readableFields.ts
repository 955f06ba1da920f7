import { type z } from 'zod';

import { isRecord } from '../kpi/places';

const KEPT_AS_WRITTEN = new Set(['revision', 'history']);

/**
 * An entry as a form can edit it: its fields as written, less those whose shape is wrong (`tags: dora`, `links`
 * as a mapping), which a form's inputs cannot show; their names come back so the form says they start empty.
 * Unknown fields stay: a newer plugin's field survives an edit here; so do `revision` and `history`, which no
 * form shows (the KPI form names their errors and refuses to apply until they are fixed in the YAML tab).
 */
export function readableFields<T>(schema: z.ZodObject, raw: T): { item: T; unreadable: string[] } {
  if (!isRecord(raw)) {
    return { item: raw, unreadable: [] };
  }
  const item: Record<string, unknown> = { ...raw };
  const unreadable: string[] = [];
  for (const [key, field] of Object.entries(schema.shape)) {
    if (!KEPT_AS_WRITTEN.has(key) && item[key] !== undefined && !hasType(field as z.ZodType, item[key])) {
      delete item[key];
      unreadable.push(key);
    }
  }
  return { item: item as T, unreadable };
}

/** Shape issues only: an empty owner or an unknown direction is a value the form's input shows (and marks). */
const TYPE_ISSUES = new Set(['invalid_type', 'invalid_union', 'invalid_element', 'invalid_key']);

function hasType(schema: z.ZodType, value: unknown): boolean {
  const parsed = schema.safeParse(value);
  return parsed.success || !parsed.error.issues.some((issue) => TYPE_ISSUES.has(issue.code));
}
