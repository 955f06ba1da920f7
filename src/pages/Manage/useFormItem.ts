import { useState } from 'react';
import { type z } from 'zod';

import { readableFields } from '../../catalog/readableFields';
import { indexOfId } from '../../kpi/places';
import { withoutUndefined } from './kpiFormText';

/**
 * What each editor form starts from: a copy of the item it edits (the one with `originalId`, or `blank()` for a
 * new one), a `set` that merges a patch and drops cleared fields, and the index of the item in its list once
 * applied, which is where validation puts its problems. A list entry that is not an object (written so in YAML)
 * is passed over, not read: the form of the item after it still opens. With a schema, fields whose shape the
 * form cannot show start empty, and `unreadable` names them.
 */
export function useFormItem<T extends { id: string }>(
  items: readonly T[] | undefined,
  originalId: string | undefined,
  blank: () => T,
  schema?: z.ZodObject
) {
  const list = items ?? [];
  const found = indexOfId(list, originalId);
  const [start] = useState(() => {
    if (found < 0) {
      return { item: blank(), unreadable: [] };
    }
    return schema ? readableFields(schema, list[found]) : { item: list[found], unreadable: [] };
  });
  const [item, setItem] = useState<T>(start.item);
  const set = (patch: Partial<T>) => setItem((current) => withoutUndefined({ ...current, ...patch }));
  // Applying replaces the item where it is, or adds it at the end (catalogEdits' upserts).
  return { item, set, index: found < 0 ? list.length : found, unreadable: start.unreadable };
}
