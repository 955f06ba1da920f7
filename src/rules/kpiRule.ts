import { type AlertQuery } from './alertQueries';

type RuleKind = 'off-track' | 'burn-page' | 'burn-ticket';

/** One Grafana alert rule made from a KPI, in the fields the provisioning file and the API share. */
export interface KpiRule {
  kpiId: string;
  team: string;
  kind: RuleKind;
  uid: string;
  title: string;
  condition: string;
  data: AlertQuery[];
  noDataState: 'NoData';
  execErrState: 'Error';
  for: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  isPaused: false;
}

/** A KPI that gets no rule of some kind, and why, in words for the admin who reads stderr or the editor. */
export interface SkippedKpi {
  kpiId: string;
  reason: string;
}
