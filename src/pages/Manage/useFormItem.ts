import { useState } from 'react';
import { type z } from 'zod';

import { readableFields } from '../../catalog/readableFields';
import { indexOfId } from '../../kpi/places';
import { withoutUndefined } from './kpiFormText';

/** A form's edits not applied yet, kept while the user is elsewhere (the form is a route of its own). */
export interface UnappliedWork<T> {
  kept?: T;
  onChange: (item: T) => void;
}

/**
 * What each editor form starts from: a copy of the item it edits (the one with `originalId`, or `blank()` for a
 * new one), a `set` that merges a patch and drops cleared fields, and the index of the item in its list once
 * applied, which is where validation puts its problems. A list entry that is not an object (written so in YAML)
 * is passed over, not read: the form of the item after it still opens. With a schema, fields whose shape the
 * form cannot show start empty, and `unreadable` names them. `keep`, when given, starts the form from what it
 * held when it was left unapplied, and is told every change.
 */
export function useFormItem<T extends { id: string }>(
  items: readonly T[] | undefined,
  originalId: string | undefined,
  blank: () => T,
  schema?: z.ZodObject,
  keep?: UnappliedWork<T>
) {
  const list = items ?? [];
  const found = indexOfId(list, originalId);
  const [start] = useState(() => {
    if (found < 0) {
      return { item: blank(), unreadable: [] };
    }
    return schema ? readableFields(schema, list[found]) : { item: list[found], unreadable: [] };
  });
  const [item, setItem] = useState<T>(() => keep?.kept ?? start.item);
  const set = (patch: Partial<T>) =>
    setItem((current) => {
      const next = withoutUndefined({ ...current, ...patch });
      keep?.onChange(next);
      return next;
    });
  // Applying replaces the item where it is, or adds it at the end (catalogEdits' upserts).
  return { item, set, index: found < 0 ? list.length : found, unreadable: start.unreadable };
}
