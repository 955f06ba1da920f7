import { matchesSelector } from './selectKpis';
import { Kpi, KpiSelector, KpiStatus } from './types';

/** A selector whose fields may each hold several accepted values (a multi-value template variable). */
export type AlternativesSelector = { [K in keyof KpiSelector]?: string[] };

export type SelectorField = Exclude<keyof KpiSelector, 'ids'>;
export const SELECTOR_FIELDS: SelectorField[] = ['team', 'category', 'type', 'tag', 'objective', 'status'];

/**
 * Whether a KPI matches when every given field accepts any of its values (`team: [a, b]` is team a or team b).
 * An empty list accepts everything. Each single check is the catalog's own matchesSelector.
 */
export function matchesAlternatives(kpi: Kpi, selector: AlternativesSelector, status?: KpiStatus): boolean {
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
