import { isRecord } from '../kpi/places';
import { type ValidationResult } from '../kpi/validateCatalog';
import { fieldProblems } from './fieldProblems';

export interface NotObjectEntry {
  /** Its index in the catalog's list, the one validation names. */
  index: number;
  /** `kpis[3]`, as the YAML and Import tabs name it. */
  place: string;
  /** What validation says of it: `must be an object, got null`. */
  problems: string[];
}

/**
 * The entries of a catalog list that are not objects (`kpis: [~]` or `objectives: [speed]` in YAML). No form
 * can open them, so the editor's lists show each at its place with validation's words, to be fixed in YAML.
 * Read from the catalog's validation, which the editor already holds.
 */
export function notObjectEntries(
  validation: ValidationResult,
  list: 'kpis' | 'objectives' | 'scorecards'
): NotObjectEntry[] {
  const items: readonly unknown[] = validation.catalog[list] ?? [];
  const indexes = items.flatMap((item, index) => (isRecord(item) ? [] : [index]));
  return indexes.map((index) => ({
    index,
    place: `${list}[${index}]`,
    problems: fieldProblems(validation, list, index)[''] ?? [],
  }));
}
