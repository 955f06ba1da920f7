/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { EmbeddedScene, SceneTimeRange } from '@grafana/scenes';
import { screen, waitFor, within } from '@testing-library/react';

import { type KpiSelector } from '../../kpi/types';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { testIds } from '../../testIds';
import { KpiCatalogSource } from '../shared/KpiCatalogSource';
import { fakeDataSourceSrv, loadedCatalog, renderScene, sampleCatalog } from '../shared/testing/pageTestKit';
import { ScorecardList } from './ScorecardList';
import { ScorecardScene } from './ScorecardScene';

const mockDs = fakeDataSourceSrv({ deploys: 2, mttr: 30, nps: 50 });
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getDataSourceSrv: () => mockDs.srv,
}));

/** Every KPI the page asked a datasource about, once each. */
const queriedKpis = () => [...new Set(mockDs.requests.flatMap((r) => r.targets.map((t) => t.refId)))].sort();

function renderScorecard(
  id: string,
  layout: 'cards' | 'table' = 'cards',
  select: KpiSelector = { type: 'lagging' },
  moreKpis: unknown[] = []
) {
  const catalog = sampleCatalog();
  catalog.kpis.push(...(moreKpis as never[]));
  catalog.scorecards = [{ id: 'exec', title: 'Executive', select, layout }];
  const scene = new EmbeddedScene({
    $timeRange: new SceneTimeRange({}),
    body: new ScorecardScene({
      scorecardId: id,
      source: new KpiCatalogSource({ loaded: loadedCatalog(catalog), phase: 'ready' }),
    }),
  });
  renderScene(scene);
}

describe('Scorecards', () => {
  beforeEach(() => (mockDs.requests.length = 0));
  afterEach(() => jest.restoreAllMocks()); // console spies, also when a test fails before its end

  it('shows the saved selection as cards, worst first', async () => {
    renderScorecard('exec');
    await waitFor(() => expect(screen.getByTestId(testIds.scorecards.card('nps'))).toHaveTextContent('On track'));
    expect(screen.getByTestId(testIds.scorecards.card('mttr'))).toHaveTextContent('On track');
    expect(screen.queryByTestId(testIds.scorecards.card('deploys'))).toBeNull(); // leading: not selected
    // A KPI with errors that the selector picks is shown with its error, as the scorecard panel shows it.
    expect(screen.getByTestId(testIds.scorecards.card('broken'))).toHaveTextContent('kpis[3] (broken).owner: required');
  });

  it('badges a broken KPI as an error, the word the panel and the objectives page use', async () => {
    renderScorecard('exec');
    const broken = await screen.findByTestId(testIds.scorecards.card('broken'));
    expect(within(broken).getByText('Error')).toHaveAttribute('data-status', 'error');
    expect(broken).not.toHaveTextContent(/invalid/i);
  });

  it('orders as the scorecard panel does: worst first, catalog order among equals, a broken KPI as an error', async () => {
    // Catalog order: deploys, mttr, nps, broken. mttr and nps are both on track; by name nps would come first.
    renderScorecard('exec', 'cards', { ids: ['nps', 'broken', 'mttr'] });
    await waitFor(() => expect(screen.getByTestId(testIds.scorecards.card('nps'))).toHaveTextContent('On track'));
    await waitFor(() => expect(screen.getByTestId(testIds.scorecards.card('mttr'))).toHaveTextContent('On track'));
    const order = Array.from(document.querySelectorAll('[data-testid^="data-testid scorecard-kpi "]')).map((e) =>
      e.getAttribute('data-testid')
    );
    expect(order).toEqual(['broken', 'mttr', 'nps'].map(testIds.scorecards.card));
    expect(screen.getByTestId(testIds.scorecards.card('broken'))).toHaveTextContent('kpis[3] (broken).owner: required');
  });

  it('shows a broken duplicate beside the KPI whose id it repeats, each as a card of its own', async () => {
    const consoleError = jest.spyOn(console, 'error');
    renderScorecard('exec', 'cards', { type: 'lagging' }, [makeKpi({ id: 'nps', name: 'NPS again', type: 'lagging' })]);
    await waitFor(() => expect(screen.getAllByTestId(testIds.scorecards.card('nps'))[1]).toHaveTextContent('On track'));
    const [duplicate, nps] = screen.getAllByTestId(testIds.scorecards.card('nps'));
    expect(duplicate).toHaveTextContent('kpis[4] (nps).id: duplicate id, also kpis[2]');
    expect(nps).toHaveTextContent('Net promoter score');
    // React keys the cards: two with one key would be mixed up (or one lost) when the answers reorder them.
    expect(consoleError.mock.calls.flat().join(' ')).not.toMatch(/same key/);
  });

  it('shows an entry that is not an object, at its place, only on a scorecard of the whole catalog (as the panel)', async () => {
    renderScorecard('exec', 'cards', {}, [null]);
    expect(await screen.findByTestId(testIds.scorecards.card('kpis[4]'))).toHaveTextContent(
      'kpis[4]: must be an object, got null'
    );
  });

  it('leaves an entry that is not an object off a scorecard with criteria (as the panel)', async () => {
    renderScorecard('exec', 'cards', { type: 'lagging' }, [null]);
    await waitFor(() => expect(screen.getByTestId(testIds.scorecards.card('nps'))).toHaveTextContent('On track'));
    expect(screen.queryByTestId(testIds.scorecards.card('kpis[4]'))).toBeNull();
  });

  it('queries only the KPIs the scorecard shows, not the whole catalog', async () => {
    renderScorecard('exec');
    await waitFor(() => expect(screen.getByTestId(testIds.scorecards.card('nps'))).toHaveTextContent('On track'));
    expect(queriedKpis()).toEqual(['mttr', 'nps']);
  });

  it('with a status criterion, queries what the other criteria select and shows those with that status', async () => {
    renderScorecard('exec', 'cards', { team: 'platform', status: 'off-track' });
    await waitFor(() => expect(screen.getByTestId(testIds.scorecards.card('deploys'))).toHaveTextContent('Off track'));
    await waitFor(() => expect(screen.queryByTestId(testIds.scorecards.card('mttr'))).toBeNull()); // on track
    expect(queriedKpis()).toEqual(['deploys', 'mttr']);
  });

  it('queries nothing for an unknown scorecard id', async () => {
    renderScorecard('nope');
    await new Promise((r) => setTimeout(r, 0));
    expect(mockDs.requests).toHaveLength(0);
  });

  it('shows the table layout when the scorecard asks for it', async () => {
    renderScorecard('exec', 'table');
    await waitFor(() => expect(screen.getAllByText('On track')).toHaveLength(2));
    // The two lagging KPIs, and the broken lagging one first with its error (worst first).
    const rows = document.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('kpis[3] (broken).owner: required');
  });

  it('names an unreadable select instead of showing every KPI, queries nothing, and says so in the list', async () => {
    renderScorecard('exec', 'cards', 'team=sre' as never);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This scorecard’s selection cannot be read');
    expect(alert).toHaveTextContent('select: must be an object');
    // The alert alone: no KPI shown as if the scorecard picked every one.
    expect(screen.getByTestId(testIds.scorecards.container)).toHaveTextContent(
      /^This scorecard’s selection cannot be read/
    );
    expect(screen.queryByText('On track')).toBeNull();
    await new Promise((r) => setTimeout(r, 0));
    expect(mockDs.requests).toHaveLength(0);

    const catalog = sampleCatalog();
    catalog.scorecards = [{ id: 'exec', title: 'Executive', select: 'team=sre' as never }];
    const list = new ScorecardList();
    list.state.source.setState({ loaded: loadedCatalog(catalog), phase: 'ready' });
    renderScene(new EmbeddedScene({ $timeRange: new SceneTimeRange({}), body: list }));
    expect(screen.getAllByTestId(testIds.scorecards.container).at(-1)).toHaveTextContent('selection cannot be read');
  });

  it('says so for an unknown scorecard id', () => {
    renderScorecard('nope');
    expect(screen.getByText('No scorecard with id "nope"')).toBeInTheDocument();
  });

  it('heads a scorecard by its id where its title is not text, and shows a layout only where it is text', () => {
    const catalog = sampleCatalog();
    catalog.scorecards = [
      { id: 'exec', title: { en: 'Executive' }, select: {}, layout: ['table'] },
      { id: 'ops', title: 'Operations', select: {}, layout: 'table' },
    ] as never;
    const list = new ScorecardList();
    list.state.source.setState({ loaded: loadedCatalog(catalog), phase: 'ready' });
    renderScene(new EmbeddedScene({ $timeRange: new SceneTimeRange({}), body: list }));
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(headings).toEqual(expect.arrayContaining(['exec', 'Operations']));
    expect(screen.getByTestId(testIds.scorecards.container)).not.toHaveTextContent(/\[object Object\]|,table/);
  });

  it('lists each scorecard of a catalog that repeats a scorecard id', () => {
    const consoleError = jest.spyOn(console, 'error');
    const catalog = sampleCatalog();
    catalog.scorecards = [
      { id: 'exec', title: 'Executive', select: {} },
      { id: 'exec', title: 'Executive again', select: {} },
    ];
    const list = new ScorecardList();
    list.state.source.setState({ loaded: loadedCatalog(catalog), phase: 'ready' });
    renderScene(new EmbeddedScene({ $timeRange: new SceneTimeRange({}), body: list }));
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
      expect.stringContaining('Executive'),
      expect.stringContaining('Executive again'),
    ]);
    expect(consoleError.mock.calls.flat().join(' ')).not.toMatch(/same key/);
  });

  it('lists scorecards with their stable URLs', () => {
    const list = new ScorecardList();
    list.state.source.setState({ loaded: loadedCatalog(sampleCatalog()), phase: 'ready' });
    renderScene(new EmbeddedScene({ $timeRange: new SceneTimeRange({}), body: list }));
    expect(screen.getByRole('link', { name: /Executive/ })).toHaveAttribute(
      'href',
      '/a/kpi-scorecards-app/scorecards/exec'
    );
    expect(screen.getByTestId(testIds.scorecards.container)).toHaveTextContent('Type: lagging');
  });
});
