import {
  matchesAlternatives,
  SELECTOR_FIELDS,
  type AlternativesSelector,
  type SelectorField,
} from './selectorAlternatives';
import { type Kpi } from './types';

/** One reason a selection came out empty, with what the catalog does hold so the fix is obvious. */
export type EmptySelectionReason =
  | { kind: 'empty-catalog' }
  | { kind: 'unknown-ids'; ids: string[] }
  | { kind: 'no-match'; field: SelectorField; values: string[]; known: string[] }
  | { kind: 'no-combination' };

/**
 * Why no KPI matched: ids the catalog does not have, and each criterion that alone matches nothing (with the
 * values the catalog has for it). When every criterion matches something but not together, says so. Status is
 * left out: it depends on the evaluation, not the catalog. `kpis` are the catalog's KPIs as the views show them,
 * valid or broken (shownKpi): a broken one still has its id and values.
 */
export function explainEmptySelection(
  kpis: ReadonlyArray<Partial<Kpi>>,
  selector: AlternativesSelector
): EmptySelectionReason[] {
  if (kpis.length === 0) {
    return [{ kind: 'empty-catalog' }];
  }
  const reasons: EmptySelectionReason[] = [];
  const known = new Set(kpis.map((k) => k.id));
  const unknown = (selector.ids ?? []).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    reasons.push({ kind: 'unknown-ids', ids: unknown });
  }
  for (const field of SELECTOR_FIELDS) {
    const values = selector[field] ?? [];
    if (field === 'status' || values.length === 0) {
      continue;
    }
    if (!kpis.some((kpi) => matchesAlternatives(kpi, { [field]: values }))) {
      reasons.push({ kind: 'no-match', field, values, known: knownValues(kpis, field) });
    }
  }
  return reasons.length > 0 ? reasons : [{ kind: 'no-combination' }];
}

export function knownValues(kpis: ReadonlyArray<Partial<Kpi>>, field: SelectorField): string[] {
  const values = new Set<string>();
  for (const kpi of kpis) {
    if (field === 'tag') {
      kpi.tags?.forEach((tag) => values.add(tag));
    } else if (field !== 'status' && kpi[field]) {
      values.add(String(kpi[field]));
    }
  }
  return [...values].sort();
}
