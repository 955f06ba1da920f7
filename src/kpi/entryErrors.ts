import { CatalogList } from './places';
import { Problem } from './types';

/**
 * The errors validation reports at one entry of a catalog list or inside it (`objectives[1] (speed).id`), for a
 * view that shows the entry with what is wrong. KPIs have theirs by index already (ValidationResult.kpiErrors).
 */
export function entryErrors(problems: readonly Problem[], list: CatalogList, index: number): Problem[] {
  const prefix = `${list}[${index}]`;
  // `objectives[1]` is followed by its id, a field or nothing: never by a digit, as `objectives[10]` is.
  return problems.filter(
    (p) => p.severity === 'error' && p.place.startsWith(prefix) && /^(?:$|[ .[])/.test(p.place.slice(prefix.length))
  );
}
