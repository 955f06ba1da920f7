/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { stringify } from 'yaml';

import { type Kpi } from '../kpi/types';
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { prometheusRules } from './prometheusRules';

// Prometheus' own tool reads and runs the rules: `promtool check rules`, then `promtool test rules` on series
// written here, one service per case, each making one pair fire alone. Requests: 10,000 a minute.

/** An SLO KPI (99.9% over 30 days) on the requests of one service, from good/total counters. */
function sloKpi(service: string): Kpi {
  const counter = (selector: string) => ({ expr: `sum(increase(http_requests_total{${selector}}[$__range]))` });
  return makeKpi({
    id: `${service}-availability`,
    name: `${service} availability`,
    team: 'sre',
    unit: 'percentunit',
    window: '30d',
    reduce: 'mean',
    target: {},
    slo: {
      objective: 99.9,
      good: counter(`service="${service}",code!~"5.."`),
      total: counter(`service="${service}"`),
    },
  });
}

/** Counters for a service from minutes of [length, error share]: promtool's expanding notation, a sample a minute. */
function requests(service: string, plan: Array<[minutes: number, errorShare: number]>) {
  const series = (code: string, share: (errorShare: number) => number) => {
    let value = 0;
    const parts = ['0'];
    for (const [minutes, errorShare] of plan) {
      const rate = share(errorShare);
      parts.push(`${value + rate}+${rate}x${minutes - 1}`);
      value += rate * minutes;
    }
    return { series: `http_requests_total{service="${service}",code="${code}"}`, values: parts.join(' ') };
  };
  return [series('200', (e) => Math.round(10_000 * (1 - e))), series('500', (e) => Math.round(10_000 * e))];
}

const DAY = 1440;
const labels = (service: string, severity: string) => ({
  alertname: 'KpiErrorBudgetBurn',
  kpi: `${service}-availability`,
  team: 'sre',
  severity,
});
const at = (minutes: number) => `${minutes}m`;
/** The alerts firing for a service at a time: its rule's labels and annotations, one per severity. */
const firing = (service: string, minutes: number, severities: string[]) => ({
  eval_time: at(minutes),
  alertname: 'KpiErrorBudgetBurn',
  exp_alerts: severities.map((severity) => ({
    exp_labels: labels(service, severity),
    exp_annotations: alertRule(service, severity).annotations,
  })),
});
/** Whether a pair (long and short span at a factor of the 0.001 budget) holds for the service: one sample or none. */
const pair = (service: string, minutes: number, long: string, short: string, factor: number, holds: boolean) => {
  const over = (span: string) =>
    `kpi:sli_error:ratio_rate${span}{kpi="${service}-availability"} >= (${factor} * 0.001)`;
  return {
    expr: `count(${over(long)} and ${over(short)})`,
    eval_time: at(minutes),
    exp_samples: holds ? [{ labels: '{}', value: 1 }] : [],
  };
};

const services = ['burst', 'smoulder', 'slow', 'healthy'];
const { file } = prometheusRules(services.map(sloKpi));

function alertRule(service: string, severity: string) {
  const rules = file.groups.find((group) => group.name === `kpi-${service}-availability`)!.rules;
  return rules.find((rule) => 'alert' in rule && rule.labels.severity === severity) as { annotations: object };
}

describe('kpi rules prometheus, run by promtool', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-prom-rules-'));
  const rulesFile = join(dir, 'kpi.rules.yaml');
  writeFileSync(rulesFile, stringify(file));

  it('passes promtool check rules', () => {
    const output = execFileSync('promtool', ['check', 'rules', rulesFile], { encoding: 'utf8' });
    expect(output).toContain(`SUCCESS: ${services.length * 10} rules found`);
  });

  it('pages, opens tickets and stays quiet as the SRE workbook says, pair by pair', () => {
    const tests = [
      {
        // A 2% error burst for an hour after a quiet day: 20x the budget. 1h/5m pages once the hour holds 14.4x.
        input_series: requests('burst', [
          [DAY, 0],
          [60, 0.02],
        ]),
        alert_rule_test: [
          firing('burst', DAY + 30, []),
          firing('burst', DAY + 50, ['page']),
          firing('burst', DAY + 60, ['page']),
        ],
        promql_expr_test: [
          pair('burst', DAY + 60, '1h', '5m', 14.4, true),
          pair('burst', DAY + 60, '6h', '30m', 6, false),
        ],
      },
      {
        // 0.8% for 7 hours after three quiet days: 8x, under 14.4x, so only 6h/30m pages (once 6h holds 6x).
        input_series: requests('smoulder', [
          [3 * DAY, 0],
          [420, 0.008],
        ]),
        alert_rule_test: [
          firing('smoulder', 3 * DAY + 60, []),
          firing('smoulder', 3 * DAY + 280, ['page']),
          firing('smoulder', 3 * DAY + 420, ['page']),
        ],
        promql_expr_test: [
          pair('smoulder', 3 * DAY + 420, '6h', '30m', 6, true),
          pair('smoulder', 3 * DAY + 420, '1h', '5m', 14.4, false),
        ],
      },
      {
        // 0.15% for four days: 1.5x, so 3d/6h opens a ticket; nothing ever pages and 1d/2h (3x) stays quiet.
        input_series: requests('slow', [[4 * DAY, 0.0015]]),
        alert_rule_test: [1, 2, 3, 4].map((days) => firing('slow', days * DAY, ['ticket'])),
        promql_expr_test: [pair('slow', 4 * DAY, '3d', '6h', 1, true), pair('slow', 4 * DAY, '1d', '2h', 3, false)],
      },
      {
        // A healthy service: 0.05% errors, half the budget's pace, for four days.
        input_series: requests('healthy', [[4 * DAY, 0.0005]]),
        alert_rule_test: [1, 2, 3, 4].map((days) => firing('healthy', days * DAY, [])),
      },
    ];
    const testFile = join(dir, 'kpi.rules.test.yaml');
    writeFileSync(
      testFile,
      stringify({
        rule_files: [rulesFile],
        evaluation_interval: '10m',
        tests: tests.map((t) => ({ interval: '1m', ...t })),
      })
    );
    let output: string;
    try {
      output = execFileSync('promtool', ['test', 'rules', testFile], { encoding: 'utf8' });
    } catch (e) {
      const failure = e as { stdout?: string; stderr?: string };
      throw new Error(`promtool test rules failed:\n${failure.stdout ?? ''}${failure.stderr ?? ''}`);
    }
    expect(output).toContain('SUCCESS');
  }, 300_000);
});
