import { expect, test } from '@playwright/test';

import { scorecardTestIds } from '../../src/panels/scorecard/testIds';
import { LAST_ORDERS, otherCatalog } from './fixtures/otherCatalog';
import { collectPageErrors, PresetPage, SettingsApi } from './pageObjects';

/**
 * Issue #16.3: the presets work for any catalog. With a catalog that is not the demo's in the app's settings,
 * the executive preset's variables list that catalog's objectives and teams (the KPI datasource's variable
 * queries) and its panels show that catalog's KPIs; the debug preset shows a KPI on TestData (a datasource that
 * is not Prometheus): its value, its series with the target line, its samples.
 */
const catalog = otherCatalog();
const ids = catalog.kpis.map((k) => k.id);

test.describe('on a catalog that is not the demo’s', () => {
  let original: Record<string, any>;
  test.beforeEach(async ({ request }) => {
    original = (await new SettingsApi(request).get()).jsonData;
    await new SettingsApi(request).post({ ...original, catalog });
  });
  test.afterEach(async ({ request }) => {
    await new SettingsApi(request).post(original);
  });

  test('the executive preset on another catalog: its objectives and teams as variables, its KPIs in the panels', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    const preset = new PresetPage(page);
    await preset.goto('executive');
    expect(await preset.variableOptions('objective')).toEqual(['All', 'Delight buyers', 'Keep the lights on']);
    expect(await preset.variableOptions('team')).toEqual(['All', 'fulfilment', 'observability']);
    await preset.settled();

    // One panel per objective (the repeat), each with that objective's KPIs and no other.
    const lights = preset.panel('Objective: Keep the lights on');
    const buyers = preset.panel('Objective: Delight buyers');
    const cardIds = (panel: typeof lights) =>
      panel
        .getByTestId(scorecardTestIds.card)
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-kpi')).sort());
    expect(await cardIds(lights)).toEqual(['exporter-scraped', 'scrape-time']);
    expect(await cardIds(buyers)).toEqual(['orders-per-hour', 'returns-share']);
    await expect(buyers.getByTestId(scorecardTestIds.card).filter({ hasText: 'Orders per hour' })).toContainText(
      LAST_ORDERS
    );

    // Every KPI of this catalog is in the table of all KPIs, and nothing of the demo is anywhere.
    const all = preset.panel('Every KPI, worst first');
    for (const name of catalog.kpis.map((k) => k.name)) {
      await expect(all.getByText(name, { exact: true })).toBeVisible();
    }
    await expect(page.getByTestId('preview-preset')).not.toContainText('API availability');

    // Choosing a team in its picker narrows every panel to that team's KPIs, as the variable's value.
    await preset.chooseVariable('team', 'fulfilment');
    await expect(page).toHaveURL(/var-team=fulfilment/);
    await expect(all.getByText('Orders per hour', { exact: true })).toBeVisible();
    await expect(all.getByText('Scrape time', { exact: true })).toHaveCount(0);
    await expect(page.getByTestId(scorecardTestIds.error)).toHaveCount(0);
    expect(ids).toHaveLength(4);
    expect(errors).toEqual([]);
  });

  test('a KPI on TestData in the debug preset: its value, its series with the target line, its samples', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    const preset = new PresetPage(page);
    await preset.goto('debug', 'dark', 'var-kpi=orders-per-hour');
    expect(await preset.variableOptions('kpi')).toEqual(catalog.kpis.map((k) => k.name).sort());
    await preset.settled();

    const card = preset.panel('Orders per hour').getByTestId(scorecardTestIds.card);
    await expect(card).toHaveAttribute('data-kpi', 'orders-per-hour');
    await expect(card.getByTestId(scorecardTestIds.value)).toHaveText(LAST_ORDERS);

    const chart = preset.panel('Orders per hour over time, with its target');
    await expect(chart.locator('canvas').first()).toBeVisible({ timeout: 30_000 });
    await expect(chart.getByText('target', { exact: true })).toBeVisible();
    await expect(chart.getByText('at risk', { exact: true })).toBeVisible();

    // The samples as the CSV gave them: its newest value, with the target beside it.
    const samples = preset.panel('Samples as received');
    await expect(samples.getByRole('columnheader', { name: 'Orders per hour' })).toBeVisible();
    await expect(samples.getByRole('cell', { name: '120', exact: true }).first()).toBeVisible();
    await expect(samples.getByRole('cell', { name: '100', exact: true }).first()).toBeVisible();
    expect(errors).toEqual([]);
  });
});

// On the demo catalog, at 1024 px (a 1000 px dashboard), the tables of what needs attention show every row it has and its owners whole: the column
// is not cut off by the panel's edge and no owner is truncated.
for (const [dashboard, title] of [
  ['oncall', 'Off track now'],
  ['executive', 'At risk or off track now'],
]) {
  test(`the ${dashboard} table "${title}" shows its rows and whole owners at 1024 px`, async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 800 });
    const preset = new PresetPage(page);
    await preset.goto(dashboard, 'dark', 'width=1000');
    await preset.settled();
    const table = preset.panel(title);
    const owners = table.getByTestId(scorecardTestIds.owner);
    await expect(owners).not.toHaveCount(0);
    const cut = await owners.evaluateAll((els) => {
      const panel = els[0].closest('[data-testid="preview-preset-panel"]')!.getBoundingClientRect();
      return els
        .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > panel.right)
        .map((el) => el.textContent);
    });
    expect(cut).toEqual([]);
    // Every row fits in the panel: none is below its bottom edge (scrolled or paged away).
    const rows = table.getByTestId(scorecardTestIds.row);
    await expect(rows).not.toHaveCount(0);
    const hidden = await rows.evaluateAll((els) => {
      const panel = els[0].closest('[data-testid="preview-preset-panel"]')!.getBoundingClientRect();
      return els.filter((el) => el.getBoundingClientRect().bottom > panel.bottom).length;
    });
    expect(hidden).toBe(0);
  });
}

// The executive sees each objective's KPIs at once: its panel holds a card for every KPI of the objective
// (the demo's largest has 8) and pages none away.
test('the executive preset shows every KPI of each objective without paging', async ({ page, request }) => {
  const { catalog: demo } = (await new SettingsApi(request).get()).jsonData;
  const preset = new PresetPage(page);
  await preset.goto('executive');
  await preset.settled();
  for (const objective of demo.objectives as Array<{ id: string; title: string }>) {
    const panel = preset.panel(`Objective: ${objective.title}`);
    const kpis = (demo.kpis as Array<{ objective?: string }>).filter((k) => k.objective === objective.id);
    await expect(panel.getByTestId(scorecardTestIds.card)).toHaveCount(kpis.length);
    await expect(panel.getByRole('navigation')).toHaveCount(0);
  }
});
