import { type Kpi } from '../kpi/types';
import { burnRateRules } from './burnRateRules';
import { clip } from './grafanaRulesFile';
import { type KpiRule, type SkippedKpi } from './kpiRule';
import { offTrackRule } from './offTrackRule';

export interface GrafanaRules {
  rules: KpiRule[];
  /** One entry per rule a KPI cannot get, with why. */
  skipped: SkippedKpi[];
}

/**
 * The Grafana alert rules for valid KPIs, in catalog order: each KPI's off-track rule, then for an SLO KPI its
 * page and ticket burn-rate rules. Grafana wants titles unique in a folder: a KPI whose name another KPI shares
 * is told apart by its id.
 */
export function grafanaRules(kpis: Kpi[]): GrafanaRules {
  const nameCount = new Map<string, number>();
  kpis.forEach((kpi) => nameCount.set(kpi.name, (nameCount.get(kpi.name) ?? 0) + 1));
  const result: GrafanaRules = { rules: [], skipped: [] };
  const add = (made: KpiRule | KpiRule[] | SkippedKpi) => {
    if (Array.isArray(made)) {
      result.rules.push(...made);
    } else if ('uid' in made) {
      result.rules.push(made);
    } else {
      result.skipped.push(made);
    }
  };
  for (const kpi of kpis) {
    const name = nameCount.get(kpi.name)! > 1 ? `${kpi.name} (${kpi.id})` : kpi.name;
    // The kind comes first in the title, so a name cut to Grafana's length keeps it.
    add(offTrackRule(kpi, clip(`Off track: ${name}`)));
    if (kpi.slo) {
      add(burnRateRules(kpi, (severity) => clip(`Error budget burn (${severity}): ${name}`)));
    }
  }
  return result;
}
