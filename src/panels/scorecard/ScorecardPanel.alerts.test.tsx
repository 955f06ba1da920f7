import '../../components/kpi/testing/canvasStub';
import { screen, within } from '@testing-library/react';
import { of } from 'rxjs';

import { RULE_STATUSES_URL } from '../../alerting/firingKpiRules';
import { kpi } from '../../components/kpi/testing/catalogFixture';
import { testIds } from '../../testIds';
import { settledCard } from './testing/findCard';
import { runtimeStubs } from './testing/mockRuntime';
import { renderPanel, serveCatalog } from './testing/renderPanel';

jest.mock('@grafana/runtime', () => jest.requireActual('./testing/mockRuntime').mockRuntime());
/** Grafana's rule statuses with the checkout KPI's page and off-track rules firing and another KPI's rule quiet. */
const RULES = {
  status: 'success',
  data: {
    groups: [
      {
        name: 'KPI sre',
        file: 'KPI Scorecards',
        rules: [
          {
            state: 'firing',
            name: 'Off track: Checkout',
            uid: 'kpi-checkout-off-track',
            labels: { kpi: 'checkout', severity: 'ticket' },
            health: 'ok',
            type: 'alerting',
          },
          {
            state: 'firing',
            name: 'Error budget burn (page): Checkout',
            uid: 'kpi-checkout-burn-page',
            labels: { kpi: 'checkout', severity: 'page' },
            health: 'ok',
            type: 'alerting',
          },
          {
            state: 'inactive',
            name: 'Off track: Fine',
            uid: 'kpi-fine-off-track',
            labels: { kpi: 'fine', severity: 'ticket' },
            health: 'ok',
            type: 'alerting',
          },
        ],
      },
    ],
  },
};

/** The catalog's backend, with Grafana's rule statuses answered at their URL. */
function serveWithRules(layout: 'cards' | 'table') {
  serveCatalog([kpi({ id: 'checkout', name: 'Checkout' }), kpi({ id: 'fine', name: 'Fine' })], {
    checkout: { kind: 'series', value: () => 12 },
    fine: { kind: 'series', value: () => 12 },
  });
  const catalog = runtimeStubs.backend as { fetch: jest.Mock };
  const settings = catalog.fetch.getMockImplementation()!;
  catalog.fetch.mockImplementation((request: { url: string }) =>
    request.url === RULE_STATUSES_URL ? of({ data: RULES }) : settings(request)
  );
  renderPanel({ options: { layout, sort: 'catalog' } });
}

describe('scorecard panel: rules firing in Grafana alerting', () => {
  it('says so on the card, loudest first, linking to the rule; a KPI whose rules are quiet says nothing', async () => {
    serveWithRules('cards');
    const card = await settledCard('checkout');
    const firing = await within(card).findByTestId(testIds.alerting.firing);
    expect(firing).toHaveTextContent('Alert firing: page');
    expect(firing).toHaveAttribute('href', '/alerting/grafana/kpi-checkout-burn-page/view');
    expect(firing).toHaveAttribute('title', 'Error budget burn (page): Checkout\nOff track: Checkout');
    expect(within(await settledCard('fine')).queryByTestId(testIds.alerting.firing)).toBeNull();
  });

  it('says so in the table layout too', async () => {
    serveWithRules('table');
    const links = await screen.findAllByTestId(testIds.alerting.firing);
    expect(links.map((link) => link.textContent)).toEqual(['Alert firing: page']);
  });
});
