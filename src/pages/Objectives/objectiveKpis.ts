import { firstIndexById } from '../../kpi/catalogEntries';
import { type KpiPick } from '../shared/KpiCatalogSource';

/** The valid KPIs the objectives page shows, those serving one of the catalog's objectives: only these are queried. */
export const objectiveKpis: KpiPick = (valid, validation) => {
  const objectives = firstIndexById(validation.objectives);
  return valid.filter((kpi) => kpi.objective !== undefined && objectives.has(kpi.objective));
};
