import { fieldReducers, getValueFormats, rangeUtil } from '@grafana/data';
import { t } from '@grafana/i18n';

import { DEFAULT_REDUCER, reducerId } from '../../kpi/grafanaKnowledge';
import { tText } from '../../utils/i18n';

/**
 * A KPI's reducer, window and unit as a person reads them, never their ids: "the average", "the last 30 days",
 * "Percent (0-100)". Names come from Grafana where it has them (its unit names, its reducers' descriptions,
 * rangeUtil's range text), so they read as in Grafana's own pickers.
 */

/** What the reducer takes of the query's values in the window: "the latest value", "the total". */
export function reducerWords(reduce: string | undefined): string {
  const id = reducerId(reduce ?? DEFAULT_REDUCER);
  switch (id) {
    case 'lastNotNull':
    case 'last':
      return t('kpi.words.reducer.last', 'the latest value');
    case 'firstNotNull':
    case 'first':
      return t('kpi.words.reducer.first', 'the first value');
    case 'mean':
      return t('kpi.words.reducer.mean', 'the average');
    case 'median':
      return t('kpi.words.reducer.median', 'the median');
    case 'sum':
      return t('kpi.words.reducer.sum', 'the total');
    case 'min':
      return t('kpi.words.reducer.min', 'the lowest value');
    case 'max':
      return t('kpi.words.reducer.max', 'the highest value');
    case 'count':
      return t('kpi.words.reducer.count', 'the number of values');
    case 'delta':
      return t('kpi.words.reducer.delta', 'the increase');
  }
  const description = fieldReducers.getIfExists(id)?.description;
  return description ? description.charAt(0).toLowerCase() + description.slice(1) : id;
}

/** "the last 30 days", "the current month so far". */
export function windowWords(window: string): string {
  switch (window) {
    case 'week':
      return t('kpi.describe.week', 'the current week so far');
    case 'month':
      return t('kpi.describe.month', 'the current month so far');
    case 'quarter':
      return t('kpi.describe.quarter', 'the current quarter so far');
    case 'year':
      return t('kpi.describe.year', 'the current year so far');
  }
  // Grafana's own words for the range ("Last 30 days"), as its time picker says it.
  const display = rangeUtil.describeTextRange(`now-${window}`).display;
  return tText('kpi.describe.rolling', 'the {{range}}', { range: display.charAt(0).toLowerCase() + display.slice(1) });
}

let unitNames: Map<string, string> | undefined;

/**
 * The unit's name as Grafana's unit picker shows it ("Percent (0-100)", "Dollars ($)"), a custom unit's own text
 * ("deploys" for `suffix: deploys`), or undefined for a plain number (short, none) or a unit Grafana does not name.
 */
export function unitWords(unit: string | undefined): string | undefined {
  if (!unit || unit === 'short' || unit === 'none') {
    return undefined;
  }
  const custom = /^(?:suffix|prefix|si|count):\s*(.+)$/.exec(unit);
  if (custom) {
    return custom[1].trim();
  }
  unitNames ??= new Map(getValueFormats().flatMap((c) => (c.submenu ?? []).map((f) => [f.value, f.text])));
  return unitNames.get(unit);
}
