import { useMemo, useState } from 'react';

/**
 * Which of a form's errors to show. All of them for an item that exists (what is wrong with it is news to the
 * admin); for a new one, only those of the fields the admin has changed, until an Apply asks for them all: an
 * empty form is not a mistake, and red "must not be empty" under every field before a key is pressed says it is.
 */
export function useShownErrors(errors: Record<string, string[]>, isNew: boolean) {
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [all, setAll] = useState(!isNew);
  const shown = useMemo(
    () => (all ? errors : Object.fromEntries(Object.entries(errors).filter(([field]) => touched.has(field)))),
    [errors, touched, all]
  );
  const touch = (fields: string[]) =>
    setTouched((before) => (fields.every((f) => before.has(f)) ? before : new Set([...before, ...fields])));
  return { shown, touch, showAll: () => setAll(true) };
}
