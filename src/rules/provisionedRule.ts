import { ruleGroupName } from './grafanaRulesFile';
import { type KpiRule } from './kpiRule';

/**
 * The body of `POST /api/v1/provisioning/alert-rules` (and of a PUT to `/alert-rules/{uid}`) for a KPI rule in a
 * folder: the API spells the rule's place `orgID`, `folderUID`, `ruleGroup`, where a file nests rules in groups.
 * Nothing is escaped for the environment: only provisioning files are expanded.
 */
export function provisionedRule(rule: KpiRule, folderUid: string, orgId = 1) {
  const { kpiId, team, kind, ...body } = rule;
  return { ...body, orgID: orgId, folderUID: folderUid, ruleGroup: ruleGroupName(team) };
}
