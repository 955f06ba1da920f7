import { scorecardTestIds } from '../src/panels/scorecard/testIds';
import { expect, JUDGED, test } from './fixtures';

test('the scorecard panel added to a new dashboard shows the catalog, evaluated, through the KPI datasource', async ({
  panelEditPage,
  scorecard,
}) => {
  // The provisioned KPI datasource; its default query selects the whole catalog.
  await panelEditPage.datasource.set('KPI Scorecards');
  await panelEditPage.setVisualization('KPI scorecard');
  await expect(panelEditPage.panel.locator.getByTestId(scorecardTestIds.panel)).toBeVisible();
  const cards = await scorecard.readCards();
  expect(cards.length).toBeGreaterThan(0);
  expect(cards.filter((card) => JUDGED.test(card.status))).not.toHaveLength(0);
});
