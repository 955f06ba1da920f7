import { expect, test } from '@playwright/test';

import { CatalogPage, collectPageErrors, SettingsApi } from './pageObjects';

test.describe('catalog', () => {
  test('renders every KPI of the catalog with its status', async ({ page, request }) => {
    const errors = collectPageErrors(page);
    const total = await new SettingsApi(request).kpiCount();
    const catalog = new CatalogPage(page);
    await catalog.goto();

    await expect(catalog.count).toHaveText(`${total} of ${total} KPIs`);
    await expect.poll(() => catalog.shownIds().then((ids) => ids.length)).toBe(total);
    await expect(catalog.row('api-availability')).toContainText('API availability');
    // Statuses come from the queries: once evaluated, no KPI is left without one.
    await expect(catalog.container.getByText('On track').first()).toBeVisible({ timeout: 60_000 });
    expect(errors).toEqual([]);
  });

  test('search and a filter narrow the list, and reloading the URL reopens the same view', async ({
    page,
    request,
  }) => {
    const errors = collectPageErrors(page);
    const total = await new SettingsApi(request).kpiCount();
    const catalog = new CatalogPage(page);
    await catalog.goto();
    await expect(catalog.count).toHaveText(`${total} of ${total} KPIs`);

    await catalog.search.fill('availability');
    await expect(catalog.count).toHaveText(`2 of ${total} KPIs`);
    expect((await catalog.shownIds()).sort()).toEqual(['api-availability', 'checkout-availability']);

    await catalog.search.fill('');
    await expect(catalog.count).toHaveText(`${total} of ${total} KPIs`);
    await catalog.search.fill('rate');
    await catalog.chooseFilter('Team', 'revenue');
    await expect(catalog.count).toHaveText(`1 of ${total} KPIs`);
    expect(await catalog.shownIds()).toEqual(['customer-churn-rate']);
    await expect(page).toHaveURL(/[?&]q=rate(&|$)/);
    await expect(page).toHaveURL(/[?&]team=revenue(&|$)/);

    await page.reload();
    await expect(catalog.container).toBeVisible({ timeout: 30_000 });
    await expect(catalog.search).toHaveValue('rate');
    await expect(catalog.filter('Team')).toHaveValue('revenue');
    await expect(catalog.count).toHaveText(`1 of ${total} KPIs`);
    expect(await catalog.shownIds()).toEqual(['customer-churn-rate']);

    // The same link opened fresh (a colleague's browser) shows the same view.
    const shared = page.url();
    const other = await page.context().newPage();
    const otherCatalog = new CatalogPage(other);
    await other.goto(shared);
    await expect(otherCatalog.count).toHaveText(`1 of ${total} KPIs`, { timeout: 30_000 });
    await expect(otherCatalog.search).toHaveValue('rate');
    await other.close();
    expect(errors).toEqual([]);
  });

  test('a search that matches nothing says so', async ({ page, request }) => {
    const total = await new SettingsApi(request).kpiCount();
    const catalog = new CatalogPage(page);
    await catalog.goto('q=no-such-kpi-anywhere');
    await expect(catalog.count).toHaveText(`0 of ${total} KPIs`);
    expect(await catalog.shownIds()).toEqual([]);
  });
});
