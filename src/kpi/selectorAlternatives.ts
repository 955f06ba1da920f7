import { type Entry } from './catalogEntries';
import { matchesSelector } from './selectKpis';
import { type Kpi, type KpiSelector, type KpiStatus } from './types';

/** A selector whose fields may each hold several accepted values (a multi-value template variable). */
export type AlternativesSelector = { [K in keyof KpiSelector]?: string[] };

export type SelectorField = Exclude<keyof KpiSelector, 'ids'>;
export const SELECTOR_FIELDS: SelectorField[] = ['team', 'category', 'type', 'tag', 'objective', 'status'];

/**
 * Whether a KPI matches when every given field accepts any of its values (`team: [a, b]` is team a or team b).
 * An empty list accepts everything. Each single check is the catalog's own matchesSelector.
 */
export function matchesAlternatives(kpi: Partial<Kpi>, selector: AlternativesSelector, status?: KpiStatus): boolean {
  if (selector.ids && selector.ids.length > 0 && !matchesSelector(kpi, { ids: selector.ids }, status)) {
    return false;
  }
  return SELECTOR_FIELDS.every((field) => {
    const accepted = selector[field] ?? [];
    return accepted.length === 0 || accepted.some((value) => matchesSelector(kpi, { [field]: value }, status));
  });
}

/** Whether the selector asks for anything at all; an empty one selects the whole catalog. */
export function isEmptySelector(selector: AlternativesSelector): boolean {
  return Object.values(selector).every((values) => !values || values.length === 0);
}

/** A scorecard's selector (one value per field) as alternatives, for the one selection rule below. */
export function alternativesOf(selector: KpiSelector): AlternativesSelector {
  const alternatives: AlternativesSelector = { ids: selector.ids };
  for (const field of SELECTOR_FIELDS) {
    const value = selector[field];
    alternatives[field] = value === undefined || value === '' ? [] : [value];
  }
  return alternatives;
}

/**
 * Whether a selector takes a catalog entry as written: the rule the scorecard pages and panel share. A KPI goes
 * by its fields, valid or not. An entry that is not an object (`kpis: [~]`) has no id and no fields, so no
 * criterion holds for it: only a selector with no criteria (the whole catalog) takes it, and it is shown at its
 * place with its error, as the spec has a view of the catalog mark every bad KPI rather than drop it.
 */
export function selectsEntry(entry: Entry<Kpi>, selector: AlternativesSelector, status?: KpiStatus): boolean {
  return matchesAlternatives(entry.ok ? entry.value : entry.fields, selector, status);
}
