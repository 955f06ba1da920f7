import { isInEntry, type CatalogList } from './places';
import { type Problem } from './types';

/**
 * The errors validation reports at one entry of a catalog list or inside it (`objectives[1] (speed).id`), for a
 * view that shows the entry with what is wrong.
 */
export function entryErrors(problems: readonly Problem[], list: CatalogList, index: number): Problem[] {
  return problems.filter((p) => p.severity === 'error' && isInEntry(p.at, list, index));
}
