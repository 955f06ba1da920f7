import { type DataQuery } from '@grafana/schema';

import { KPI_DATASOURCE } from '../kpi/pluginId';
import { type SelectorOptions } from '../query/interpolateSelector';

/** The nested datasource's plugin id and a reference to the instance the app provisions. */
export const KPI_DATASOURCE_TYPE = KPI_DATASOURCE.type;
export const KPI_DATASOURCE_REF = { type: KPI_DATASOURCE.type, uid: KPI_DATASOURCE.uid };

/** kpis: the KPIs a selector picks, as one table; series: one KPI over time with its target; budget: an SLO's burn. */
export type KpiQueryType = 'kpis' | 'series' | 'budget';

/**
 * A query of the KPI datasource. The selector fields are the scorecard panel's (they may hold template
 * variables; a multi-value one selects any of its values); `scorecard` names a catalog scorecard whose `select`
 * the query takes; `kpi` names the KPI of a series or budget query.
 */
export interface KpiDsQuery extends DataQuery, SelectorOptions {
  queryType?: KpiQueryType;
  scorecard?: string;
  kpi?: string;
}

/** What a variable query lists from the catalog. */
export type KpiVariableKind = 'teams' | 'objectives' | 'categories' | 'tags' | 'kpis' | 'slos';

/** Every kind a variable query may ask for; `slos` are the KPIs with an `slo` block. */
export const KPI_VARIABLE_KINDS: KpiVariableKind[] = ['teams', 'objectives', 'categories', 'tags', 'kpis', 'slos'];

export interface KpiVariableQuery {
  kind: KpiVariableKind;
}

export const DEFAULT_KPI_QUERY: Partial<KpiDsQuery> = { queryType: 'kpis', selectBy: 'selector' };
