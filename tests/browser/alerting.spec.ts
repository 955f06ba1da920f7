import { expect, test, type APIRequestContext } from '@playwright/test';

import { testIds } from '../../src/testIds';
import { CatalogPage, collectPageErrors, KpiDetailPage, ScorecardPanel } from './pageObjects';

/**
 * Grafana's alerting, as the preview host stands in for it: the demo's rules (provisioning/alerting, made by
 * `kpi rules grafana`) evaluated on the demo Prometheus and listed at /api/prometheus/grafana/api/v1/rules.
 */
const RULES_URL = '/api/prometheus/grafana/api/v1/rules';

interface RuleStatus {
  uid: string;
  name: string;
  state: string;
  health: string;
  labels: Record<string, string>;
}

async function ruleStatuses(request: APIRequestContext): Promise<RuleStatus[]> {
  const response = await request.get(RULES_URL);
  expect(response.ok()).toBe(true);
  const body = await response.json();
  return body.data.groups.flatMap((group: { rules: RuleStatus[] }) => group.rules);
}

test.describe('KPI alert rules in Grafana alerting', () => {
  test('every off-track rule fires for the KPIs the cards call off track, and the cards say so', async ({
    page,
    request,
  }) => {
    test.setTimeout(240_000);
    const errors = collectPageErrors(page);
    const options = { selectBy: 'selector', layout: 'cards', sort: 'catalog', showSparkline: false };
    const panel = new ScorecardPanel(page);
    let rules: RuleStatus[] = [];
    // The rules' states are their last evaluation (Grafana's every interval; the preview's at most every 30 s),
    // the cards' the page's own query: right after the demo starts, a value can move between the two reads. They
    // must agree once an evaluation has caught up with the page, so a disagreement is read again after one.
    await expect(async () => {
      rules = await ruleStatuses(request);
      expect(rules.filter((r) => r.health !== 'ok')).toEqual([]);
      await page.goto(
        `/preview/panel?plugin=kpi-scorecard-panel&width=1240&height=1700&role=Viewer` +
          `&options=${encodeURIComponent(JSON.stringify(options))}`
      );
      await expect(panel.root).toBeVisible({ timeout: 30_000 });
      const cards = await panel.readCards();
      // The rule and the card judge the same value by the same edge: a KPI with an off-track rule is off track
      // on its card exactly when the rule fires. (SLO KPIs are judged on their budget: left to their own check.)
      const offTrackRules = rules.filter((r) => r.uid.endsWith('-off-track'));
      const sloIds = new Set(rules.filter((r) => r.uid.endsWith('-burn-page')).map((r) => r.labels.kpi));
      for (const rule of offTrackRules.filter((r) => !sloIds.has(r.labels.kpi))) {
        const card = cards.find((c) => c.id === rule.labels.kpi);
        expect([rule.labels.kpi, rule.state === 'firing']).toEqual([rule.labels.kpi, card?.status === 'off-track']);
      }
    }).toPass({ timeout: 100_000, intervals: [31_000] });
    const firing = rules.filter((r) => r.state === 'firing');
    expect(firing.length).toBeGreaterThan(0);

    // Each KPI with a firing rule carries the link to its loudest one; the others none.
    const firingKpis = [...new Set(firing.map((r) => r.labels.kpi))].sort();
    const badges = page.getByTestId(testIds.alerting.firing);
    await expect(badges).toHaveCount(firingKpis.length, { timeout: 30_000 });
    const marked = await badges.evaluateAll((els) =>
      els.map((el) => [el.closest('[data-kpi]')?.getAttribute('data-kpi'), el.getAttribute('href')])
    );
    expect(marked.map(([id]) => id).sort()).toEqual(firingKpis);
    for (const [id, href] of marked) {
      const rank = (r: RuleStatus) => (r.labels.severity === 'page' ? 0 : 1);
      const [loudest] = firing.filter((r) => r.labels.kpi === id).sort((a, b) => rank(a) - rank(b));
      expect(href).toBe(`/alerting/grafana/${loudest.uid}/view`);
    }
    expect(errors).toEqual([]);
  });

  test('the catalog and the KPI page say which rules fire, for the on-call engineer', async ({ page, request }) => {
    const errors = collectPageErrors(page);
    const firing = (await ruleStatuses(request)).filter((r) => r.state === 'firing');
    const [first] = firing;
    expect(first).toBeDefined();
    const kpiId = first.labels.kpi;

    const catalog = new CatalogPage(page);
    await catalog.goto('', 'Viewer');
    const row = catalog.container.getByRole('row').filter({ has: catalog.row(kpiId) });
    await expect(row.getByTestId(testIds.alerting.firing)).toBeVisible({ timeout: 60_000 });

    const detail = new KpiDetailPage(page);
    await detail.goto(kpiId, 'Viewer');
    const list = page.getByTestId(testIds.alerting.rules);
    await expect(list).toBeVisible({ timeout: 30_000 });
    for (const rule of firing.filter((r) => r.labels.kpi === kpiId)) {
      await expect(
        list.getByRole('link', { name: new RegExp(`^${rule.name.replace(/[()]/g, '\\$&')}`) })
      ).toHaveAttribute('href', `/alerting/grafana/${rule.uid}/view`);
    }
    expect(errors).toEqual([]);
  });
});
