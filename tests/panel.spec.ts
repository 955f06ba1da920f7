import { scorecardTestIds } from '../src/panels/scorecard/testIds';

import { expect, JUDGED, test } from './fixtures';

test('the scorecard panel added to a new dashboard shows the catalog, evaluated', async ({
  panelEditPage,
  scorecard,
}) => {
  await panelEditPage.setVisualization('KPI scorecard');
  await expect(panelEditPage.panel.locator.getByTestId(scorecardTestIds.panel)).toBeVisible();
  const cards = await scorecard.readCards();
  expect(cards.length).toBeGreaterThan(0);
  expect(cards.filter((card) => JUDGED.test(card.status))).not.toHaveLength(0);
});
