import { scorecardTestIds } from '../src/panels/scorecard/testIds';
import { expect, JUDGED, test } from './fixtures';

// The three dashboards the app bundles (src/dashboards), provisioned by the dev stack from dist/.
const PRESETS = [
  { uid: 'kpi-executive', query: '' },
  { uid: 'kpi-oncall', query: '' },
  { uid: 'kpi-debug', query: 'var-kpi=api-availability' },
];

for (const { uid, query } of PRESETS) {
  test(`the ${uid} preset's scorecard panels load and judge their KPIs`, async ({
    gotoDashboardPage,
    page,
    scorecard,
  }) => {
    await gotoDashboardPage({ uid, queryParams: new URLSearchParams(query) });
    await expect(page.getByTestId(scorecardTestIds.panel).first()).toBeVisible();
    await expect(page.getByTestId(scorecardTestIds.catalogError)).toHaveCount(0);
    const cards = await scorecard.readCards();
    expect(cards.filter((card) => JUDGED.test(card.status))).not.toHaveLength(0);
  });
}
