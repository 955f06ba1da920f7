import { stringify } from 'yaml';

import { grafanaRulesFile } from './grafanaRulesFile';
import { type KpiRule } from './kpiRule';
import { type PrometheusRules } from './prometheusRules';

function header(command: string): string {
  return `# Made from the KPI catalog by \`${command}\` (KPI Scorecards): edit the catalog, then make it again.\n`;
}

/** The Grafana alerting provisioning file as text, as `kpi rules grafana` prints it and the editor downloads it. */
export function grafanaRulesYaml(rules: KpiRule[], folder: string): string {
  return header('kpi rules grafana') + stringify(grafanaRulesFile(rules, folder), { lineWidth: 0 });
}

/** The Prometheus rule file as text, as `kpi rules prometheus` prints it and the editor downloads it. */
export function prometheusRulesYaml(file: PrometheusRules['file']): string {
  return header('kpi rules prometheus') + stringify(file, { lineWidth: 0 });
}
