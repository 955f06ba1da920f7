import { testIds } from '../src/testIds';
import { expect, test } from './fixtures';

test('the configuration page shows the catalog status, where to edit it, and the presets', async ({
  appConfigPage,
  page,
}) => {
  await expect(page.getByTestId(testIds.appConfig.catalogStatus)).toBeVisible();
  await expect(page.getByTestId(testIds.appConfig.manageLink)).toBeVisible();
  await expect(page.getByTestId(testIds.appConfig.presets).getByRole('listitem')).toHaveText([
    'Executive scorecard',
    'On-call KPIs',
    /Debug/,
  ]);
});
