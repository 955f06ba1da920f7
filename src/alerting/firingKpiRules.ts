import { isRecord } from '../kpi/places';

/** Grafana's Prometheus-compatible rule statuses: every Grafana-managed rule with its state. */
export const RULE_STATUSES_URL = '/api/prometheus/grafana/api/v1/rules';

/** A rule of the app's (it has a `kpi` label) that is firing now. */
export interface FiringRule {
  kpiId: string;
  title: string;
  severity: string;
  /** Grafana's page for the rule, under its app URL. */
  path: string;
}

export type FiringByKpi = ReadonlyMap<string, readonly FiringRule[]>;

/** How loud a rule is: a page before a ticket, anything else after. */
const LOUDNESS: Readonly<Record<string, number>> = { page: 0, ticket: 1 };

/**
 * The firing rules of a `GET /api/prometheus/grafana/api/v1/rules` answer, by the KPI their `kpi` label names,
 * loudest first. Rules without that label are not the app's and are left out; a body of another shape has none.
 * A rule links to its own page by uid (Grafana 11 and later send it), else to the rule list filtered to the KPI.
 */
export function firingKpiRules(body: unknown): FiringByKpi {
  const byKpi = new Map<string, FiringRule[]>();
  for (const firing of ruleRecords(body).map(asFiringKpiRule)) {
    if (firing) {
      byKpi.set(firing.kpiId, [...(byKpi.get(firing.kpiId) ?? []), firing]);
    }
  }
  for (const [kpiId, rules] of byKpi) {
    byKpi.set(
      kpiId,
      [...rules].sort((a, b) => loudness(a) - loudness(b))
    );
  }
  return byKpi;
}

/** Every rule of every group of the answer, whatever its shape. */
function ruleRecords(body: unknown): unknown[] {
  const groups = isRecord(body) && isRecord(body.data) && Array.isArray(body.data.groups) ? body.data.groups : [];
  return groups.flatMap((group) => (isRecord(group) && Array.isArray(group.rules) ? group.rules : []));
}

/** The rule as the app shows it, if it is firing and names a KPI; else undefined. */
function asFiringKpiRule(rule: unknown): FiringRule | undefined {
  const labels = isRecord(rule) && isRecord(rule.labels) ? rule.labels : {};
  const kpiId = labels.kpi;
  if (!isRecord(rule) || typeof kpiId !== 'string' || kpiId === '' || rule.state !== 'firing') {
    return undefined;
  }
  return {
    kpiId,
    title: typeof rule.name === 'string' ? rule.name : kpiId,
    severity: typeof labels.severity === 'string' ? labels.severity : '',
    path: rulePath(rule.uid, kpiId),
  };
}

function loudness(rule: FiringRule): number {
  return LOUDNESS[rule.severity] ?? 2;
}

function rulePath(uid: unknown, kpiId: string): string {
  if (typeof uid === 'string' && uid !== '') {
    return `/alerting/grafana/${encodeURIComponent(uid)}/view`;
  }
  return `/alerting/list?search=${encodeURIComponent(`label:kpi=${kpiId}`)}`;
}
