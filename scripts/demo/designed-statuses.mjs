// What each demo KPI is designed to show "now" (the end of the generated history and while the
// live exporter runs), by the spec's status rules. check-statuses.mjs compares Prometheus'
// answers with this. Calendar KPIs are judged on their forecast; it settles after the first
// days of a month or quarter (a weekend start can swing it before that).
export const DESIGNED_STATUSES = {
  'deployment-frequency': 'on-track',
  'ci-pipeline-duration': 'off-track',
  'lead-time-for-changes': 'at-risk',
  'change-failure-rate': 'on-track',
  'api-availability': 'on-track',
  'checkout-availability': 'off-track', // 99.92% against 99.95%: its error budget is overspent
  'api-latency-p99': 'on-track',
  mttr: 'off-track',
  'oncall-pages': 'on-track',
  'cluster-cpu-utilization': 'at-risk',
  'signups-this-month': 'on-track',
  'activation-rate': 'on-track',
  'weekly-active-users': 'on-track',
  'retention-30d': 'off-track',
  nps: 'at-risk',
  'sales-pipeline-this-month': 'off-track',
  'revenue-this-quarter': 'on-track',
  mrr: 'at-risk',
  'customer-churn-rate': 'off-track',
  'pipeline-success-rate': 'at-risk',
  'data-freshness': 'on-track',
  'data-quality-pass-rate': 'stale',
};
