import { isRecord } from '../../kpi/places';
import { KpiPick } from '../shared/KpiCatalogSource';

/** The valid KPIs the objectives page shows, those serving one of the catalog's objectives: only these are queried. */
export const objectiveKpis: KpiPick = (valid, catalog) => {
  const objectives = new Set((catalog.objectives ?? []).filter(isRecord).map((o) => o.id));
  return valid.filter((kpi) => kpi.objective !== undefined && objectives.has(kpi.objective));
};
