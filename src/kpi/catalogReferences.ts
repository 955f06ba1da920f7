import { type Report } from './kpiRules';
import { CATEGORIES, KPI_TYPES, STATUSES, type Kpi, type KpiSelector } from './types';

/** Ids seen in a list, each with the index of its first entry. */
export type IdIndex = Map<string, number>;

/** A KPI's `objective` and `drives` must name what exists; drives go from leading to lagging KPIs. */
export function checkReferences(
  kpi: Partial<Kpi>,
  kpiIds: IdIndex,
  typeOf: (index: number) => Partial<Kpi>['type'],
  objectiveIds: IdIndex,
  error: Report
) {
  if (kpi.objective !== undefined && !objectiveIds.has(kpi.objective)) {
    error(['objective'], `no objective with id '${kpi.objective}'`);
  }
  if (kpi.drives === undefined) {
    return;
  }
  if (kpi.drives.length > 0 && kpi.type === 'lagging') {
    error(['drives'], 'a lagging KPI drives nothing: only leading KPIs name the lagging outcomes they predict');
  }
  kpi.drives.forEach((id, j) => {
    const index = kpiIds.get(id);
    if (index === undefined) {
      error(['drives', j], `no KPI with id '${id}'`);
    } else if (id === kpi.id) {
      error(['drives', j], 'a KPI cannot drive itself');
    } else if (typeOf(index) === 'leading') {
      error(['drives', j], `'${id}' is a leading KPI: drives must name lagging outcomes`);
    }
  });
}

/** A scorecard's `select` names KPIs and an objective that exist, and values its criteria can take. */
export function checkSelector(select: KpiSelector, kpiIds: IdIndex, objectiveIds: IdIndex, error: Report) {
  if (select.objective !== undefined && !objectiveIds.has(select.objective)) {
    error(['select', 'objective'], `no objective with id '${select.objective}'`);
  }
  select.ids?.forEach((id, j) => {
    if (!kpiIds.has(id)) {
      error(['select', 'ids', j], `no KPI with id '${id}'`);
    }
  });
  const enums: Array<['type' | 'category' | 'status', readonly string[]]> = [
    ['type', KPI_TYPES],
    ['category', CATEGORIES],
    ['status', STATUSES],
  ];
  for (const [key, values] of enums) {
    const value = select[key];
    if (value !== undefined && !values.includes(value)) {
      error(['select', key], `must be ${values.map((v) => `"${v}"`).join(' | ')}, got "${value}"`);
    }
  }
}
