import { ROUTES } from '../src/routes';
import { testIds } from '../src/testIds';
import { expect, JUDGED, test } from './fixtures';

// Every page of the app in a real Grafana, on the dev stack's demo catalog and Prometheus (docker compose up).
test.describe('the app pages', () => {
  test('the catalog lists the demo KPIs, each with a status from Prometheus', async ({ gotoPage, catalog }) => {
    await gotoPage(`/${ROUTES.Catalog}`);
    await expect(catalog.container).toBeVisible();
    await expect(catalog.row('api-availability')).toBeVisible();
    await expect(catalog.row('api-availability').locator('[data-status]')).toHaveAttribute('data-status', JUDGED, {
      timeout: 60_000,
    });
    expect((await catalog.shownIds()).length).toBeGreaterThan(10);
  });

  test('a filtered catalog opens from its URL and shows only what matches', async ({ gotoPage, catalog, page }) => {
    await gotoPage(`/${ROUTES.Catalog}?type=lagging`);
    await expect(catalog.container).toBeVisible();
    await expect(page).toHaveURL(/type=lagging/);
    const [shown, all] = (await catalog.count.textContent())?.match(/\d+/g)?.map(Number) ?? [];
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
  });

  test("a KPI's page shows its definition, its value and status, and its chart", async ({ gotoPage, kpiDetail }) => {
    await gotoPage(`/${ROUTES.Kpi}/api-availability`);
    await expect(kpiDetail.container).toBeVisible();
    await expect(kpiDetail.container.getByTestId(testIds.kpiDetail.definition)).toContainText('99');
    await expect(kpiDetail.value).toContainText(/On track|At risk|Off track/, { timeout: 60_000 });
    // Grafana's own time series panel draws the KPI's series.
    await expect(kpiDetail.container.locator('canvas').first()).toBeVisible();
  });

  test('the objectives page rolls the KPIs up under each objective', async ({ gotoPage, page }) => {
    await gotoPage(`/${ROUTES.Objectives}`);
    await expect(page.getByTestId(testIds.objectives.container)).toBeVisible();
    await expect(page.getByTestId(testIds.objectives.objective('reliable-platform'))).toBeVisible();
  });

  test('the scorecards page lists the saved scorecards, and one opens at its URL', async ({
    gotoPage,
    page,
    scorecard,
  }) => {
    await gotoPage(`/${ROUTES.Scorecards}`);
    await expect(page.getByTestId(testIds.scorecards.container)).toContainText('Executive - retained revenue');

    await gotoPage(`/${ROUTES.Scorecards}/exec-revenue`);
    const cards = await scorecard.readCards();
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((card) => JUDGED.test(card.status))).not.toHaveLength(0);
  });

  test("the reports page shows the last closed quarter's report, grouped by objective", async ({ gotoPage, page }) => {
    await gotoPage(`/${ROUTES.Reports}`);
    await expect(page.getByTestId(testIds.reports.container)).toContainText('KPI report: Q');
    await expect(page.getByTestId(testIds.reports.group('reliable-platform'))).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId(testIds.reports.download)).toBeEnabled({ timeout: 60_000 });
  });
});
