import { problemsText } from '../kpi/problemsText';
import { validateCatalog, type ValidationResult } from '../kpi/validateCatalog';
import { grafanaRules, type GrafanaRules } from './grafanaRules';
import { type SkippedKpi } from './kpiRule';
import { prometheusRules, type PrometheusRules } from './prometheusRules';

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
