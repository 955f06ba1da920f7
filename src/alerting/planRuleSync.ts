import { stableStringify } from '../kpi/stableStringify';
import { type KpiRule } from '../rules/kpiRule';
import { provisionedRule } from '../rules/provisionedRule';
import { asGrafanaStores } from './asGrafanaStores';

/** A rule as `GET /api/v1/provisioning/alert-rules` lists it. */
export interface StoredRule {
  uid: string;
  title: string;
  labels?: Record<string, string>;
  provenance?: string;
  [field: string]: unknown;
}

export type SyncStep =
  | { kind: 'create'; rule: KpiRule }
  | { kind: 'update'; rule: KpiRule; changed: string[] }
  | { kind: 'unchanged'; rule: KpiRule }
  /** Left alone: a rule with this uid the app did not make, or one only its provisioning file may change. */
  | { kind: 'left-alone'; rule: KpiRule; why: 'not-ours' | 'provisioned' }
  /** A rule the app made for a KPI that no longer gets it: listed, never deleted. */
  | { kind: 'stale'; stored: StoredRule };

/** The fields a sync writes, compared to tell an update from an unchanged rule. */
const COMPARED = [
  'title',
  'condition',
  'data',
  'noDataState',
  'execErrState',
  'for',
  'labels',
  'annotations',
  'ruleGroup',
  'folderUID',
];

/**
 * What creating or updating the catalog's rules in a folder would do, before anything is written. A rule the app
 * made has its uid and the `kpi` label of its KPI; a stored rule with the uid but not the label is someone
 * else's and is left as it is. Nothing is ever deleted.
 */
export function planRuleSync(rules: KpiRule[], stored: StoredRule[], folderUid: string): SyncStep[] {
  const byUid = new Map(stored.map((rule) => [rule.uid, rule]));
  const steps: SyncStep[] = rules.map((rule) => {
    const existing = byUid.get(rule.uid);
    if (!existing) {
      return { kind: 'create', rule };
    }
    if (existing.labels?.kpi !== rule.kpiId) {
      return { kind: 'left-alone', rule, why: 'not-ours' };
    }
    const wanted: Record<string, unknown> = provisionedRule(rule, folderUid);
    const changed = COMPARED.filter((field) => comparable(field, wanted[field]) !== comparable(field, existing[field]));
    if (changed.length === 0) {
      return { kind: 'unchanged', rule };
    }
    // Grafana refuses API changes to a rule its provisioning files own.
    if (existing.provenance === 'file') {
      return { kind: 'left-alone', rule, why: 'provisioned' };
    }
    return { kind: 'update', rule, changed };
  });
  const made = new Set(rules.map((rule) => rule.uid));
  const stale = stored.filter((rule) => rule.labels?.kpi && rule.uid.startsWith('kpi-') && !made.has(rule.uid));
  return [...steps, ...stale.map((rule): SyncStep => ({ kind: 'stale', stored: rule }))];
}

function comparable(field: string, value: unknown): string {
  return stableStringify(field === 'data' ? asGrafanaStores(value) : value);
}
