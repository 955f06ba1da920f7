import { type KpiRule } from './kpiRule';
import { provisioningLiteral } from './templateText';

/** Where the rules go unless the admin names another folder. */
export const DEFAULT_RULE_FOLDER = 'KPI Scorecards';

/** How often Grafana evaluates the KPI rules: often enough for a 5m burn span to page within minutes. */
const RULE_INTERVAL = '1m';

/**
 * Grafana's alerting provisioning file (apiVersion 1) for the rules: one group per team in one folder. Grafana
 * expands `$NAME` in a file's titles, labels and names (`$$` is a `$`), so those are written escaped; query
 * models are read raw, and the annotations' templates hold no `$` of their own.
 */
export function grafanaRulesFile(rules: KpiRule[], folder = DEFAULT_RULE_FOLDER) {
  const teams = [...new Set(rules.map((rule) => rule.team))];
  return {
    apiVersion: 1,
    groups: teams.map((team) => ({
      orgId: 1,
      name: provisioningLiteral(ruleGroupName(team)),
      folder: provisioningLiteral(folder),
      interval: RULE_INTERVAL,
      rules: rules.filter((rule) => rule.team === team).map(fileRule),
    })),
  };
}

/** Grafana's longest rule title and group name. */
const MAX_TITLE = 190;

/** The group a team's KPI rules are in. */
export function ruleGroupName(team: string): string {
  return clip(`KPI ${team}`);
}

/** Text cut to Grafana's longest title, marked as cut. */
export function clip(text: string): string {
  return text.length <= MAX_TITLE ? text : `${text.slice(0, MAX_TITLE - 1)}…`;
}

function fileRule({ kpiId, team, kind, ...rule }: KpiRule) {
  const labels = Object.fromEntries(Object.entries(rule.labels).map(([k, v]) => [k, provisioningLiteral(v)]));
  return { ...rule, title: provisioningLiteral(rule.title), labels };
}
