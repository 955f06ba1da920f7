import { test, expect } from './fixtures';
import { ROUTES } from '../src/constants';
import { testIds } from '../src/testIds';

test.describe('navigating the app', () => {
  test('the catalog lists KPIs', async ({ gotoPage, page }) => {
    await gotoPage(`/${ROUTES.Catalog}`);
    await expect(page.getByTestId(testIds.catalog.container)).toBeVisible();
  });

  test('a filtered catalog opens from its URL', async ({ gotoPage, page }) => {
    await gotoPage(`/${ROUTES.Catalog}?type=lagging`);
    await expect(page.getByTestId(testIds.catalog.container)).toBeVisible();
    await expect(page).toHaveURL(/type=lagging/);
  });

  test('the objectives page rolls up', async ({ gotoPage, page }) => {
    await gotoPage(`/${ROUTES.Objectives}`);
    await expect(page.getByTestId(testIds.objectives.container)).toBeVisible();
  });

  test('the scorecards page lists saved views', async ({ gotoPage, page }) => {
    await gotoPage(`/${ROUTES.Scorecards}`);
    await expect(page.getByTestId(testIds.scorecards.container)).toBeVisible();
  });
});
