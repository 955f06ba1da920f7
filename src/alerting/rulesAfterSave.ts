import { stableStringify } from '../kpi/stableStringify';
import { catalogRules } from '../rules/catalogRules';
import { type KpiRule } from '../rules/kpiRule';
import { type SyncStep } from './planRuleSync';

/** Each KPI's Grafana rules as the app makes them, in one comparable string per KPI id. */
function rulesByKpi(catalog: unknown): Map<string, string> {
  const byKpi = new Map<string, KpiRule[]>();
  for (const rule of catalogRules(catalog).grafana.rules) {
    byKpi.set(rule.kpiId, [...(byKpi.get(rule.kpiId) ?? []), rule]);
  }
  return new Map([...byKpi].map(([id, rules]) => [id, stableStringify(rules)]));
}

/**
 * The KPIs whose Grafana rules a save changed: a new target, query, window or SLO (or name, team, links: anything
 * a rule carries) makes the rules the app would write differ from those of the catalog stored before.
 */
export function kpisWithChangedRules(before: unknown, after: unknown): Set<string> {
  const [was, now] = [rulesByKpi(before), rulesByKpi(after)];
  const ids = new Set([...was.keys(), ...now.keys()]);
  return new Set([...ids].filter((id) => was.get(id) !== now.get(id)));
}

/** The rules the saved catalog makes for those KPIs: what a follow-up sync compares with Grafana's. */
export function rulesOfKpis(catalog: unknown, ids: Set<string>): KpiRule[] {
  return catalogRules(catalog).grafana.rules.filter((rule) => ids.has(rule.kpiId));
}

/**
 * Of a sync plan for the changed KPIs' rules, what concerns rules the app already made for them: updates, those a
 * provisioning file owns (the file must be made again), and those the KPI no longer gets. A KPI without rules in
 * Grafana gets none from a save (that is the Alerting tab's create); someone else's rule is not mentioned.
 */
export function followUpSteps(steps: SyncStep[], ids: Set<string>): SyncStep[] {
  return steps.filter((step) => {
    switch (step.kind) {
      case 'update':
        return ids.has(step.rule.kpiId);
      case 'left-alone':
        return step.why === 'provisioned' && ids.has(step.rule.kpiId);
      case 'stale':
        return ids.has(step.stored.labels?.kpi ?? '');
      default:
        return false;
    }
  });
}
