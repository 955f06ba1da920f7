import { expect, test, type Page } from '@playwright/test';

import { CatalogPage, collectPageErrors, KpiDetailPage, PresetPage, SCREENSHOTS, type Theme } from './pageObjects';
import { trackQueries } from './waitForQueries';

/** Once the picture is final: queries answered, icons and fonts the rendering asked for arrived. */
async function settle(page: Page, queriesSettled: (timeoutMs?: number) => Promise<void>) {
  await queriesSettled(60_000);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

for (const theme of ['dark', 'light'] as Theme[]) {
  test.describe(`screenshots (${theme})`, () => {
    test('catalog', async ({ page }) => {
      const errors = collectPageErrors(page);
      const queriesSettled = trackQueries(page);
      const catalog = new CatalogPage(page);
      await catalog.goto('', 'Viewer', theme);
      await expect(catalog.count).toHaveText(/^(\d+) of \1 KPIs$/);
      await expect(catalog.container.getByText('On track').first()).toBeVisible({ timeout: 60_000 });
      await settle(page, queriesSettled);
      await page.screenshot({ path: `${SCREENSHOTS}/catalog-${theme}.png`, fullPage: true });
      expect(errors).toEqual([]);
    });

    test('KPI detail', async ({ page }) => {
      const errors = collectPageErrors(page);
      const queriesSettled = trackQueries(page);
      const detail = new KpiDetailPage(page);
      await detail.goto('checkout-availability', 'Viewer', theme);
      await expect(detail.value).toContainText(/On track|At risk|Off track|Stale|No data/, { timeout: 60_000 });
      await expect(detail.chart.locator('canvas').first()).toBeVisible({ timeout: 30_000 });
      await settle(page, queriesSettled);
      await page.screenshot({ path: `${SCREENSHOTS}/kpi-detail-${theme}.png`, fullPage: true });
      expect(errors).toEqual([]);
    });

    // The debug preset on an SLO: its card with the budget, its series against the target, its samples.
    for (const [dashboard, query] of [
      ['executive', ''],
      ['oncall', ''],
      ['debug', 'var-kpi=api-availability'],
    ]) {
      test(`${dashboard} preset`, async ({ page }) => {
        const errors = collectPageErrors(page);
        const queriesSettled = trackQueries(page);
        const preset = new PresetPage(page);
        await preset.goto(dashboard, theme, query);
        await preset.settled();
        await settle(page, queriesSettled);
        // The whole dashboard in the viewport: cards off screen skip their rendering (content-visibility).
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.setViewportSize({ width: 1280, height });
        await settle(page, queriesSettled);
        await page.screenshot({ path: `${SCREENSHOTS}/preset-${dashboard}-${theme}.png`, fullPage: true });
        expect(errors).toEqual([]);
      });
    }
  });
}
