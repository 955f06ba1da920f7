import { KPI_DATASOURCE_REF, type KpiDsQuery } from '../../datasource/kpiQuery';
import { SELECTOR_FIELDS } from '../../kpi/selectorAlternatives';
import { type ScorecardOptions } from './scorecardOptions';

/**
 * The KPI datasource query that selects what a panel saved before version 2 selected in its options (the
 * selector now lives in the query). The panel without a KPI query shows it; the bundled dashboards carry it.
 */
export function legacyTarget(options: Partial<ScorecardOptions>, refId = 'A'): KpiDsQuery {
  const target: KpiDsQuery = { refId, datasource: KPI_DATASOURCE_REF, queryType: 'kpis' };
  if (options.selectBy === 'ids') {
    return { ...target, selectBy: 'ids', ids: options.ids ?? [] };
  }
  for (const field of SELECTOR_FIELDS) {
    const value = options[field];
    if (value) {
      target[field] = value;
    }
  }
  return { ...target, selectBy: 'selector' };
}

/** Whether saved options still select KPIs (a panel from before the KPI datasource). */
export function hasLegacySelection(options: Partial<ScorecardOptions>): boolean {
  return (options.ids ?? []).length > 0 || SELECTOR_FIELDS.some((f) => Boolean(options[f]));
}
