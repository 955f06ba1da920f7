import { test, expect } from './fixtures';
import { testIds } from '../src/testIds';

test('the configuration page shows the catalog status and where to edit it', async ({ appConfigPage, page }) => {
  await expect(page.getByTestId(testIds.appConfig.catalogStatus)).toBeVisible();
  await expect(page.getByTestId(testIds.appConfig.manageLink)).toBeVisible();
});
