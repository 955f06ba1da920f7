// Text formatting shared by the OpenMetrics history and the live /metrics page.

const JOB = 'kpi-demo';

/** {job="kpi-demo",a="b"}: the job label is written here so backfilled and scraped series are one. */
export function labelString(labels, { withJob = true } = {}) {
  const all = withJob ? { job: JOB, ...labels } : labels;
  const parts = Object.entries(all).map(([k, v]) => `${k}="${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

export function formatValue(value, decimals) {
  if (decimals === 0) {
    return String(Math.round(value));
  }
  return String(Number(value.toFixed(decimals)));
}

export const DEMO_JOB = JOB;
