import { type InterpolateFunction } from '@grafana/data';

import { SELECTOR_FIELDS, type AlternativesSelector, type SelectorField } from '../kpi/selectorAlternatives';

/**
 * The selection as the panel's old options and the KPI datasource's query hold it (a query may also go by a
 * catalog scorecard: the datasource reads that one).
 */
export type SelectorOptions = { selectBy?: 'selector' | 'ids' | 'scorecard'; ids?: string[] } & {
  [F in SelectorField]?: string;
};

// What an "All" option of a template variable can turn into: select everything for that field.
const ANY = new Set(['*', '.*', '$__all', 'All']);

/**
 * The panel's selection with the dashboard's template variables filled in. Multi-value variables become
 * alternatives (`$team` with a and b selects team a or b); "All" and empty select everything. By ids, "All" is
 * the variable's values, as Grafana gives them for a variable without a custom all value (`$slo` on All: every
 * SLO, not every KPI); an all value that names no id is an error saying which id and variable.
 */
export function interpolateSelector(
  options: SelectorOptions,
  replaceVariables: InterpolateFunction
): AlternativesSelector {
  const values = (text: string): string[] => {
    const replaced = text.trim() === '' ? '' : replaceVariables(text, undefined, 'pipe');
    const parts = replaced
      .split('|')
      .map((part) => part.trim())
      .filter(Boolean);
    return parts.some((part) => ANY.has(part)) ? [] : parts;
  };
  if (options.selectBy === 'ids') {
    return { ids: (options.ids ?? []).flatMap((text) => idValues(text, replaceVariables)) };
  }
  const selector: AlternativesSelector = {};
  for (const field of SELECTOR_FIELDS) {
    const accepted = values(options[field] ?? '');
    if (accepted.length > 0) {
      selector[field] = accepted;
    }
  }
  return selector;
}

function idValues(text: string, replaceVariables: InterpolateFunction): string[] {
  const replaced = text.trim() === '' ? '' : replaceVariables(text, undefined, 'pipe');
  const parts = replaced
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);
  const all = parts.find((part) => ANY.has(part));
  if (all !== undefined) {
    throw new Error(
      `KPI ids: "${text}" gave "${all}", which names no KPI: remove the variable's custom all value so All lists its ids`
    );
  }
  return parts;
}
