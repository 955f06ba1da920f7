/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parse } from 'yaml';

import { runMain } from './testing/cliHarness';

const fixture = (name: string) => join(__dirname, '..', 'test-fixtures', name);

async function run(...args: string[]) {
  const { code, out, err } = await runMain(...args);
  return { code, out: out.join('\n'), err };
}

function catalogFile(kpis: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kpi-rules-')), 'catalog.yaml');
  writeFileSync(file, `apiVersion: kpi-scorecards/v1\nkind: KpiCatalog\nkpis:\n${kpis}`);
  return file;
}

const KPI = (id: string, extra: string) => `  - id: ${id}
    name: ${id}
    description: d
    team: sre
    owner: o@example.com
    type: lagging
    direction: higher-is-better
    cadence: weekly
    query: { datasource: { type: prometheus, uid: prom }, expr: 'up' }
${extra}`;

const SLO = `    unit: percent
    window: 30d
    reduce: mean
    target: { value: 99.9 }
    slo:
      objective: 99.9
      good: { expr: 'sum(increase(http_requests_total{code!~"5.."}[$__range]))' }
      total: { expr: 'sum(increase(http_requests_total[$__range]))' }
`;

describe('kpi rules grafana', () => {
  it('prints a provisioning file in the folder asked for, and names on stderr the KPIs it cannot express', async () => {
    const file = catalogFile(
      KPI('uptime', '    target: { value: 99 }\n    window: 24h\n') +
        KPI('monthly', '    target: { value: 5 }\n    window: month\n    reduce: delta\n')
    );
    const { code, out, err } = await run('rules', 'grafana', file, '--folder', 'On-call');
    expect(code).toBe(0);
    const printed = parse(out);
    expect(printed.groups).toHaveLength(1);
    expect(printed.groups[0]).toMatchObject({ name: 'KPI sre', folder: 'On-call', interval: '1m' });
    expect(printed.groups[0].rules.map((r: { uid: string }) => r.uid)).toEqual(['kpi-uptime-off-track']);
    expect(err).toEqual([
      `${file}: kpis[1] (monthly): no Grafana rule: its window 'month' is a calendar period: a Grafana rule reads a fixed span back from now`,
    ]);
  });

  it('gives the same file on every run', async () => {
    const file = catalogFile(KPI('checkout', SLO));
    const [first, second] = [await run('rules', 'grafana', file), await run('rules', 'grafana', file)];
    expect(second.out).toBe(first.out);
    expect(parse(first.out).groups[0].rules).toHaveLength(3);
  });

  it('exits 1 on a catalog with errors, naming them as validate does', async () => {
    const { code, err } = await run('rules', 'grafana', fixture('bad-catalog.yaml'));
    expect(code).toBe(1);
    expect(err).toContain(`${fixture('bad-catalog.yaml')}: kpis[2] (mttr).owner: required`);
  });

  it('refuses an unknown target or option with usage exit 2', async () => {
    expect((await run('rules', 'alertmanager', 'x.yaml')).code).toBe(2);
    expect((await run('rules', 'prometheus', fixture('catalog.yaml'), '--folder', 'x')).code).toBe(2);
  });
});

describe('kpi rules prometheus', () => {
  it('records and alerts for SLO KPIs with good/total, and says why the others get nothing', async () => {
    const file = catalogFile(KPI('checkout', SLO) + KPI('plain', '    target: { value: 5 }\n    window: 7d\n'));
    const { code, out, err } = await run('rules', 'prometheus', file);
    expect(code).toBe(0);
    const [group] = parse(out).groups;
    expect(group.name).toBe('kpi-checkout');
    expect(group.rules.map((r: { record?: string; alert?: string }) => r.record ?? r.alert)).toEqual([
      ...['5m', '30m', '1h', '2h', '6h', '1d', '3d', '30d'].map((span) => `kpi:sli_error:ratio_rate${span}`),
      'KpiErrorBudgetBurn',
      'KpiErrorBudgetBurn',
    ]);
    expect(group.rules[2].expr).toBe(
      '1 - (sum(increase(http_requests_total{code!~"5.."}[1h]))) / (sum(increase(http_requests_total[1h])))'
    );
    expect(group.rules[8]).toMatchObject({ labels: { kpi: 'checkout', team: 'sre', severity: 'page' } });
    expect(group.rules[8]).not.toHaveProperty('for');
    expect(err).toEqual([`${file}: kpis[1] (plain): no Prometheus rules: not an SLO KPI`]);
  });
});
