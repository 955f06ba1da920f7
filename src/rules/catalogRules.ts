import { entryLabel } from '../kpi/places';
import { Kpi } from '../kpi/types';
import { validateCatalog } from '../kpi/validateCatalog';
import { GrafanaRules, grafanaRules } from './grafanaRules';
import { SkippedKpi } from './kpiRule';
import { PrometheusRules, prometheusRules } from './prometheusRules';

export interface CatalogRules {
  grafana: GrafanaRules;
  prometheus: PrometheusRules;
  /** KPIs that get no rule at all since their definition has errors. */
  invalid: SkippedKpi[];
}

/** Both rule sets for a catalog as the editor holds it: its valid KPIs get rules, the others are named. */
export function catalogRules(catalog: unknown): CatalogRules {
  const validation = validateCatalog(catalog);
  const all: unknown[] = Array.isArray(validation.catalog.kpis) ? validation.catalog.kpis : [];
  const valid = all.filter((_, i) => !validation.kpiErrors.has(i)) as Kpi[];
  const invalid = [...validation.kpiErrors.entries()].map(([index, problems]) => ({
    kpiId: entryLabel(all[index], index).id,
    reason: problems.map((p) => `${p.place}: ${p.message}`).join('; '),
  }));
  return { grafana: grafanaRules(valid), prometheus: prometheusRules(valid), invalid };
}
