import { expect, test } from '@playwright/test';

import { testIds } from '../../src/testIds';
import { as, collectPageErrors } from './pageObjects';

// The app's configuration page asks Grafana (here the preview, which lists the KPI datasource the app provisions
// in boot data) whether the KPI datasource exists, and says so.
test('the configuration page says the KPI datasource is set up', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto(`/plugins/kpi-scorecards-app?${as('Admin')}`);
  const section = page.getByTestId(testIds.appConfig.kpiDatasource);
  await expect(section).toContainText('The datasource "KPI Scorecards" (uid kpi-scorecards) is set up.', {
    timeout: 30_000,
  });
  await expect(section.getByRole('button', { name: 'Create the KPI datasource' })).toHaveCount(0);
  expect(errors).toEqual([]);
});
