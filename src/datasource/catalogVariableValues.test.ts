/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { readCatalogSettings } from '../query/catalogSettings';
import { catalogVariableValues } from './catalogVariableValues';

const kpi = (id: string, name: string, more: string) => `
  - id: ${id}
    name: ${name}
    owner: a@example.com
    type: lagging
    unit: percent
    direction: higher-is-better
    target: { value: 99 }
    window: 30d
    cadence: weekly
    query: { datasource: { type: testdata, uid: testdata }, scenarioId: csv_content, csvContent: "time,v" }
${more}`;

// Two SLOs, a KPI without one, and an SLO the catalog marks invalid (it must not be listed).
const catalog = readCatalogSettings({
  catalog: `apiVersion: kpi-scorecards/v1
kind: KpiCatalog
objectives:
  - { id: stay-up, title: Stay up, owner: o@example.com }
kpis:${kpi('login-success', 'Login success', '    team: identity\n    objective: stay-up\n    tags: [auth]\n    slo: { objective: 99 }')}${kpi('checkout-ok', 'Checkout answers', '    team: payments\n    tags: [money, auth]\n    slo: { objective: 99 }')}${kpi('nps-score', 'NPS', '    team: payments')}
  - id: broken-slo
    name: Broken
    slo: { objective: 99 }
`,
});

const values = (kind: Parameters<typeof catalogVariableValues>[1]) => catalogVariableValues(catalog, kind);

describe('catalogVariableValues', () => {
  it('lists the SLOs only: the valid KPIs with an slo block, by name, valued by id', () => {
    expect(values('slos')).toEqual([
      { text: 'Checkout answers', value: 'checkout-ok' },
      { text: 'Login success', value: 'login-success' },
    ]);
  });

  it('lists every valid KPI for kpis, and teams, tags and objectives once each, sorted', () => {
    expect(values('kpis').map((v) => v.value)).toEqual(['checkout-ok', 'login-success', 'nps-score']);
    expect(values('teams').map((v) => v.value)).toEqual(['identity', 'payments']);
    expect(values('tags').map((v) => v.value)).toEqual(['auth', 'money']);
    expect(values('objectives')).toEqual([{ text: 'Stay up', value: 'stay-up' }]);
  });
});
