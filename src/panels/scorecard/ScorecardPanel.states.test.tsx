import '../../components/kpi/testing/canvasStub';
import { LoadingState } from '@grafana/data';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import React from 'react';
import { throwError } from 'rxjs';

import { catalogOf, HOUR, kpi, NOW } from '../../components/kpi/testing/catalogFixture';
import { fakeBackendSrv } from '../../components/kpi/testing/fakeGrafana';
import { fakeLanguage } from '../../test-fixtures/fakeLanguage';
import { ScorecardPanel } from './ScorecardPanel';
import { scorecardTestIds } from './testIds';
import { findCard, settledCard as settled, shownNames } from './testing/findCard';
import { runtimeStubs } from './testing/mockRuntime';
import { panelProps, renderPanel, serveCatalog } from './testing/renderPanel';

jest.mock('@grafana/runtime', () => jest.requireActual('./testing/mockRuntime').mockRuntime());
jest.mock('@grafana/i18n', () => jest.requireActual('../../test-fixtures/fakeLanguage').mockI18n());
describe('scorecard panel: catalog states', () => {
  it('says it is loading while the catalog is fetched', () => {
    runtimeStubs.backend = fakeBackendSrv('pending');
    renderPanel();
    expect(screen.getByText('Loading the KPI catalog…')).toBeInTheDocument();
  });

  it('links to the app’s configuration when no catalog is configured', async () => {
    runtimeStubs.backend = fakeBackendSrv({});
    renderPanel();
    // EmptyState loads its illustration lazily: the first one takes a few seconds to transform in jest.
    const state = await screen.findByTestId(scorecardTestIds.notConfigured, {}, { timeout: 15_000 });
    expect(within(state).getByText('The KPI catalog is not configured')).toBeInTheDocument();
    expect(within(state).getByRole('link', { name: /Configure the KPI Scorecards app/ })).toHaveAttribute(
      'href',
      '/plugins/kpi-scorecards-app'
    );
  }, 20_000);

  it('shows Grafana’s message when the settings cannot be read', async () => {
    runtimeStubs.backend = fakeBackendSrv('fail');
    renderPanel();
    const state = await screen.findByTestId(scorecardTestIds.catalogError);
    expect(within(state).getByText('Plugin not found, no installed plugin with that id')).toBeInTheDocument();
    expect(within(state).getByRole('link', { name: /configuration/ })).toHaveAttribute(
      'href',
      '/plugins/kpi-scorecards-app'
    );
  });

  it("says the request failed, in the user's language, when Grafana's answer has no words", async () => {
    runtimeStubs.backend = { fetch: () => throwError(() => ({})) };
    fakeLanguage.on = true;
    try {
      renderPanel();
      const state = await screen.findByTestId(scorecardTestIds.catalogError);
      expect(state).toHaveTextContent('[errors.request-failed]');
    } finally {
      fakeLanguage.on = false;
    }
  });

  it('shows the parser’s message when the stored catalog does not parse', async () => {
    serveCatalog('kpis: [unclosed');
    renderPanel();
    const state = await screen.findByTestId(scorecardTestIds.catalogError);
    expect(state.textContent).toMatch(/flow sequence|unexpected|Missing/i);
  });
});

describe('scorecard panel: KPI states', () => {
  it('says it is querying, without cards, until a first answer comes', async () => {
    serveCatalog([kpi({ id: 'deploys' })], { deploys: { kind: 'pending' } });
    renderPanel();
    expect(await screen.findByTestId(scorecardTestIds.loading)).toHaveTextContent('Querying the datasources…');
    expect(screen.queryByTestId(scorecardTestIds.card)).toBeNull();
  });

  it('shows a KPI loading until its datasource answers, beside the ones that did', async () => {
    // Another window, so another request: one datasource request answers all its KPIs at once.
    serveCatalog([kpi({ id: 'deploys' }), kpi({ id: 'slow', window: '28d' })], {
      deploys: { kind: 'series', value: () => 12 },
      slow: { kind: 'pending' },
    });
    renderPanel();
    await settled('deploys');
    const card = await findCard('slow');
    expect(within(card).getByTestId(scorecardTestIds.loading)).toHaveTextContent('Loading…');
    expect(card).toHaveAttribute('aria-busy', 'true');
  });

  it.each([
    ['on track', 12, 'On track'],
    ['at risk', 9, 'At risk'],
    ['off track', 5, 'Off track'],
  ])('shows an %s KPI with its value, target and status word', async (_, value, word) => {
    serveCatalog([kpi({ id: 'deploys', target: { value: 10, atRisk: 8 } })], {
      deploys: { kind: 'series', value: () => value },
    });
    renderPanel();
    const card = await settled('deploys');
    expect(within(card).getByText(word)).toBeInTheDocument();
    expect(within(card).getByText(String(value))).toBeInTheDocument();
    expect(within(card).getByText('Target ≥ 10')).toBeInTheDocument();
  });

  it('shows the datasource’s message for a failed query, and only on that KPI', async () => {
    serveCatalog([kpi({ id: 'broken' }), kpi({ id: 'fine' })], {
      broken: { kind: 'error', message: 'bad_data: 1:5: parse error: unexpected "}"' },
      fine: { kind: 'series', value: () => 12 },
    });
    renderPanel();
    const broken = await settled('broken');
    expect(within(broken).getByText('Error')).toBeInTheDocument();
    expect(within(broken).getByTestId(scorecardTestIds.error)).toHaveTextContent(
      'bad_data: 1:5: parse error: unexpected "}"'
    );
    expect(within(await settled('fine')).getByText('On track')).toBeInTheDocument();
  });

  it('says so when the window has no data', async () => {
    serveCatalog([kpi({ id: 'quiet' })], { quiet: { kind: 'empty' } });
    renderPanel();
    const card = await settled('quiet');
    expect(within(card).getByText('No data')).toBeInTheDocument();
    expect(within(card).getByText('No samples in the 7d window')).toBeInTheDocument();
    expect(within(card).queryByText('On track')).toBeNull();
  });

  it('greys a stale KPI, says how old it is, and never calls it healthy', async () => {
    serveCatalog([kpi({ id: 'late', maxAge: '1h' })], {
      late: { kind: 'series', value: () => 12, until: NOW - 3 * HOUR },
    });
    renderPanel();
    const card = await settled('late');
    expect(within(card).getByText('Stale')).toBeInTheDocument();
    expect(within(card).getByTestId(scorecardTestIds.stale)).toHaveTextContent('updated 3 hours ago');
    expect(within(card).getByText('12')).toBeInTheDocument();
    expect(within(card).queryByText('On track')).toBeNull();
  });

  it('shows a KPI the catalog marks invalid as an error that says what is wrong', async () => {
    const bad = { ...kpi({ id: 'ownerless' }), owner: undefined } as unknown as ReturnType<typeof kpi>;
    serveCatalog([bad, kpi({ id: 'fine' })], { fine: { kind: 'series', value: () => 12 } });
    renderPanel();
    const card = await findCard('ownerless');
    expect(within(card).getByText('Error')).toBeInTheDocument();
    expect(within(card).getByTestId(scorecardTestIds.error)).toHaveTextContent(/owner/);
  });
});

describe('scorecard panel: a catalog that repeats an id', () => {
  afterEach(() => jest.restoreAllMocks()); // the console spy, also when a test fails before its end

  it.each(['cards', 'table'] as const)(
    'shows the KPI and its broken duplicate each in its own place in the catalog (%s)',
    async (layout) => {
      const consoleError = jest.spyOn(console, 'error');
      serveCatalog([kpi({ id: 'fine', name: 'Fine' }), kpi({ id: 'fine', name: 'Fine again' })], {
        fine: { kind: 'series', value: () => 12 },
      });
      renderPanel({ options: { layout, sort: 'catalog' } });
      await screen.findByText('On track');
      expect(shownNames()).toEqual(['Fine', 'Fine again']);
      expect(screen.getByText(/duplicate id, also kpis\[0\]/)).toBeInTheDocument();
      // React keys the cards and rows: two with one key would be mixed up (or one lost) as answers come in.
      expect(consoleError.mock.calls.flat().join(' ')).not.toMatch(/same key/);
    }
  );
});

describe('scorecard panel: a catalog entry that is not an object', () => {
  const catalog = () => catalogOf([null as never, kpi({ id: 'fine', team: 'platform' })]);

  it('is shown at its place with its error when the panel selects the whole catalog, as the page shows it', async () => {
    serveCatalog(catalog(), { fine: { kind: 'series', value: () => 12 } });
    renderPanel({ options: { sort: 'catalog' } });
    await screen.findByText('On track');
    expect(shownNames()).toEqual(['kpis[0]', 'fine']);
    expect(screen.getByTestId(scorecardTestIds.error)).toHaveTextContent('kpis[0]: must be an object, got null');
  });

  it('shows no type it does not have, and its definition on hover, without failing the panel (cards)', async () => {
    serveCatalog(catalog(), { fine: { kind: 'series', value: () => 12 } });
    renderPanel();
    const card = await findCard('kpis[0]');
    expect(within(card).queryByText(/Leading|Lagging/)).toBeNull();
    // The keyboard reaches its definition button, there from the start (ScorecardPanel.links.test.tsx).
    await act(async () => fireEvent.mouseOver(within(card).getByText('kpis[0]')));
    const tooltip = await screen.findByRole('tooltip');
    expect(within(tooltip).getByText('kpis[0]')).toBeInTheDocument();
    // The spec's defaults (reducer lastNotNull, revision 1) are a valid KPI's, not this entry's.
    expect(tooltip).not.toHaveTextContent(/Reducer|Revision/);
  });

  it('is a row of the table, which still sorts by type and owner, without failing the panel', async () => {
    serveCatalog(catalog(), { fine: { kind: 'series', value: () => 12 } });
    renderPanel({ options: { layout: 'table', sort: 'catalog' } });
    await screen.findByText('On track');
    const rows = () => screen.getAllByTestId(scorecardTestIds.row).map((row) => row.textContent);
    expect(rows()).toEqual(['kpis[0]', 'fine']);
    expect(screen.getByTestId(scorecardTestIds.error)).toHaveTextContent('kpis[0]: must be an object, got null');
    for (const column of ['Type', 'Owner']) {
      fireEvent.click(screen.getByRole('columnheader', { name: new RegExp(column) }).querySelector('button')!);
      expect(rows()).toEqual(['kpis[0]', 'fine']);
    }
  });

  it('is not selected by a criterion, and does not stop the panel saying why nothing matched', async () => {
    serveCatalog(catalog());
    renderPanel({ options: { team: 'platfrom' } });
    expect(await screen.findByTestId(scorecardTestIds.emptySelection)).toHaveTextContent(
      'No KPI has team “platfrom”. The catalog has: platform.'
    );
  });
});

describe('scorecard panel: empty selections say why and how to fix', () => {
  it('when no KPI is chosen by id', async () => {
    serveCatalog([kpi({ id: 'deploys' })]);
    renderPanel({ options: { selectBy: 'ids', ids: [] } });
    expect(await screen.findByTestId(scorecardTestIds.emptySelection)).toHaveTextContent(
      /No KPI is chosen.*pick KPIs by id/
    );
  });

  it('when a selector matches nothing, listing what the catalog has', async () => {
    serveCatalog([kpi({ id: 'deploys', team: 'platform' }), kpi({ id: 'refunds', team: 'payments' })]);
    renderPanel({ options: { team: 'platfrom' } });
    const state = await screen.findByTestId(scorecardTestIds.emptySelection);
    expect(state).toHaveTextContent('No KPI has team “platfrom”. The catalog has: payments, platform.');
  });

  it('when chosen ids are not in the catalog', async () => {
    serveCatalog([kpi({ id: 'deploys' })]);
    renderPanel({ options: { selectBy: 'ids', ids: ['gone'] } });
    expect(await screen.findByTestId(scorecardTestIds.emptySelection)).toHaveTextContent(
      'These KPI ids are not in the catalog: gone.'
    );
  });

  it('when the catalog is empty', async () => {
    serveCatalog(catalogOf([]));
    renderPanel();
    expect(await screen.findByTestId(scorecardTestIds.emptySelection)).toHaveTextContent(
      'The catalog has no KPIs yet.'
    );
  });

  it('when no selected KPI has the selected status', async () => {
    serveCatalog([kpi({ id: 'deploys' })], { deploys: { kind: 'series', value: () => 12 } });
    renderPanel({ options: { status: 'off-track' } });
    expect(await screen.findByTestId(scorecardTestIds.emptySelection)).toHaveTextContent(
      'No selected KPI is off-track right now.'
    );
  });
});

describe('scorecard panel: an entry whose text fields hold objects or lists', () => {
  const odd = { ...kpi({ id: 'odd' }), name: { en: 'Odd' }, owner: { name: 'jane' }, description: ['x'], team: {} };
  const catalog = () => catalogOf([odd as never, kpi({ id: 'fine' })]);

  it.each(['cards', 'table'] as const)('shows it with its error, without failing the panel (%s)', async (layout) => {
    serveCatalog(catalog(), { fine: { kind: 'series', value: () => 12 } });
    renderPanel({ options: { layout, sort: 'catalog', showOwner: true } });
    await screen.findByText('On track');
    expect(shownNames()).toEqual(['odd', 'fine']);
    expect(screen.getByTestId(scorecardTestIds.error)).toHaveTextContent(/owner/);
    await act(async () => screen.getByRole('link', { name: 'odd' }).focus());
    expect(within(await screen.findByRole('tooltip')).getByText('odd')).toBeInTheDocument();
  });
});

describe('scorecard panel without a KPI query', () => {
  it('says how to add one, with the selection a panel from before saved in its options', () => {
    const props = panelProps({ options: { team: '$team', status: 'off-track' } });
    render(<ScorecardPanel {...props} data={{ ...props.data, state: LoadingState.Done, series: [] }} />);
    expect(screen.getByTestId(scorecardTestIds.noKpiQuery)).toHaveTextContent('Add a KPI query');
    expect(screen.getByTestId(scorecardTestIds.legacySelection)).toHaveTextContent('team $team, status off-track');
  });

  it('shows no saved selection for a new panel', () => {
    const props = panelProps();
    render(<ScorecardPanel {...props} data={{ ...props.data, state: LoadingState.Done, series: [] }} />);
    expect(screen.getByTestId(scorecardTestIds.noKpiQuery)).toBeInTheDocument();
    expect(screen.queryByTestId(scorecardTestIds.legacySelection)).toBeNull();
  });
});
