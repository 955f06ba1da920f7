import { type KpiRule } from '../rules/kpiRule';
import { planRuleSync, type SyncStep } from './planRuleSync';
import { createRule, ensureFolder, failureMessage, findFolder, listRules, updateRule } from './provisioningApi';

export interface SyncResult {
  written: number;
  /** One line per rule Grafana refused: its title and Grafana's message. */
  failures: string[];
}

/** What syncing these rules into the folder would do, from the rules Grafana holds now; nothing is written. */
export async function reviewRuleSync(rules: KpiRule[], folder: string): Promise<SyncStep[]> {
  const [stored, folderUid] = await Promise.all([listRules(), findFolder(folder)]);
  return planRuleSync(rules, stored, folderUid ?? '');
}

/**
 * Writes a reviewed plan: its creates and updates, one request each, in the folder (made when missing). Every
 * other step is left as it is. A refused rule does not stop the others; it is named in the result.
 */
export async function applyRuleSync(steps: SyncStep[], folder: string): Promise<SyncResult> {
  const folderUid = await ensureFolder(folder);
  const result: SyncResult = { written: 0, failures: [] };
  for (const step of steps) {
    if (step.kind === 'create' || step.kind === 'update') {
      try {
        await (step.kind === 'create' ? createRule(step.rule, folderUid) : updateRule(step.rule, folderUid));
        result.written++;
      } catch (e) {
        result.failures.push(`${step.rule.title}: ${failureMessage(e)}`);
      }
    }
  }
  return result;
}

/** The steps that write to Grafana. */
export function writeSteps(steps: SyncStep[]): SyncStep[] {
  return steps.filter((step) => step.kind === 'create' || step.kind === 'update');
}
