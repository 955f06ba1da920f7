import { firingKpiRules } from './firingKpiRules';

/** A rule as Grafana's /api/prometheus/grafana/api/v1/rules lists it (pkg/services/ngalert/api/tooling/definitions/prom.go). */
const rule = (uid: string, state: string, labels: Record<string, string>, name = uid) => ({
  state,
  name,
  query: '[]',
  labels,
  health: 'ok',
  type: 'alerting',
  uid,
  folderUid: 'kpi-scorecards',
  lastEvaluation: '2026-12-06T15:00:00Z',
  evaluationTime: 0.01,
  alerts: [],
});

const answer = (rules: object[]) => ({
  status: 'success',
  data: { groups: [{ name: 'KPI sre', file: 'KPI Scorecards', rules, interval: 60 }], totals: {} },
});

describe('firingKpiRules', () => {
  it("keeps the app's firing rules by KPI, the page before the ticket, each linked to its page", () => {
    const firing = firingKpiRules(
      answer([
        rule('kpi-checkout-off-track', 'firing', { kpi: 'checkout', severity: 'ticket' }, 'Off track: Checkout'),
        rule(
          'kpi-checkout-burn-page',
          'firing',
          { kpi: 'checkout', severity: 'page' },
          'Error budget burn (page): Checkout'
        ),
        rule('kpi-checkout-burn-ticket', 'inactive', { kpi: 'checkout', severity: 'ticket' }),
        rule('kpi-latency-off-track', 'pending', { kpi: 'latency', severity: 'ticket' }),
        rule('disk-full', 'firing', { severity: 'page' }),
      ])
    );
    expect([...firing.keys()]).toEqual(['checkout']);
    expect(firing.get('checkout')).toEqual([
      {
        kpiId: 'checkout',
        title: 'Error budget burn (page): Checkout',
        severity: 'page',
        path: '/alerting/grafana/kpi-checkout-burn-page/view',
      },
      {
        kpiId: 'checkout',
        title: 'Off track: Checkout',
        severity: 'ticket',
        path: '/alerting/grafana/kpi-checkout-off-track/view',
      },
    ]);
  });

  it('links to the rule list filtered to the KPI when Grafana sends no uid', () => {
    const { uid, ...withoutUid } = rule('x', 'firing', { kpi: 'mttr', severity: 'ticket' });
    expect(firingKpiRules(answer([withoutUid])).get('mttr')![0].path).toBe('/alerting/list?search=label%3Akpi%3Dmttr');
  });

  it('finds nothing in an answer of another shape', () => {
    expect(firingKpiRules({ status: 'error', error: 'forbidden' }).size).toBe(0);
    expect(firingKpiRules(null).size).toBe(0);
  });
});
