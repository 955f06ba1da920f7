import { problemsText } from '../kpi/problemsText';
import { ValidationResult, validateCatalog } from '../kpi/validateCatalog';
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
  return validatedCatalogRules(validateCatalog(catalog));
}

/** The same from a catalog's validation, for the editor, which holds its draft's. */
export function validatedCatalogRules(validation: ValidationResult): CatalogRules {
  const valid = validation.validKpis;
  const invalid = validation.kpis.flatMap((entry) =>
    entry.ok ? [] : [{ kpiId: entry.id, reason: problemsText(entry.problems) }]
  );
  return { grafana: grafanaRules(valid), prometheus: prometheusRules(valid), invalid };
}
