/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import '../shared/testing/sizedResizeObserver';
import { LoadingState, PluginType, type DataQueryResponse, type PanelPluginMeta } from '@grafana/data';
import { setPluginImportUtils, setRunRequest } from '@grafana/runtime';
import { EmbeddedScene, SceneTimeRange } from '@grafana/scenes';
import { screen, waitFor, within } from '@testing-library/react';
import { from, map, type Observable } from 'rxjs';

import { fakeBackendSrv } from '../../components/kpi/testing/fakeGrafana';
import { type KpiCatalog, type KpiSelector } from '../../kpi/types';
import { plugin } from '../../panels/scorecard/module';
import panelJson from '../../panels/scorecard/plugin.json';
import { scorecardTestIds } from '../../panels/scorecard/testIds';
import { registerStandardEditorStandIns } from '../../panels/scorecard/testing/standardEditors';
import { testIds } from '../../testIds';
import { fakeDataSourceSrv, renderScene, sampleCatalog } from '../shared/testing/pageTestKit';
import { ScorecardScene } from './ScorecardScene';

const mockDs = fakeDataSourceSrv({ deploys: 2, mttr: 30, nps: 50 });
const mockBackend: { srv?: unknown } = {};
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getDataSourceSrv: () => mockDs.srv,
  getBackendSrv: () => mockBackend.srv,
  getTemplateSrv: () => ({ replace: (text: string) => text }),
}));

beforeAll(() => {
  registerStandardEditorStandIns();
  // Grafana hands VizPanel the panel plugin by its id, with the meta of its plugin.json: the app's own panel.
  plugin.meta = { ...panelJson, type: PluginType.panel, module: '', baseUrl: '' } as unknown as PanelPluginMeta;
  // Grafana's runRequest, as far as the page needs it: each answer of the datasource as the panel's data.
  setRunRequest((ds, request) =>
    from(ds.query(request) as Observable<DataQueryResponse>).pipe(
      map((packet) => ({ state: packet.state ?? LoadingState.Done, series: packet.data, timeRange: request.range }))
    )
  );
  setPluginImportUtils({ importPanelPlugin: async () => plugin, getPanelPluginFromCache: () => plugin });
});

/** Every KPI the page asked a datasource about, once each. */
const queriedKpis = () => [...new Set(mockDs.requests.flatMap((r) => r.targets.map((t) => t.refId)))].sort();

function renderScorecard(id: string, scorecard: { select?: KpiSelector; layout?: 'cards' | 'table' } = {}) {
  const catalog: KpiCatalog = sampleCatalog();
  catalog.scorecards = [{ id: 'exec', title: 'Executive', select: { type: 'lagging' }, layout: 'cards', ...scorecard }];
  // The page reads the catalog for the scorecard's title and layout, the panel's datasource for its KPIs.
  mockBackend.srv = fakeBackendSrv({ catalog });
  const scene = new ScorecardScene({ scorecardId: id });
  renderScene(new EmbeddedScene({ $timeRange: new SceneTimeRange({ from: 'now-7d', to: 'now' }), body: scene }));
  return scene;
}

const card = (name: string) =>
  screen.getAllByTestId(scorecardTestIds.card).find((c) => within(c).queryByText(name, { exact: true }));

describe('A scorecard page', () => {
  beforeEach(() => (mockDs.requests.length = 0));

  it('shows the scorecard in the scorecard panel: its KPIs as cards, worst first, a broken one as its error', async () => {
    renderScorecard('exec');
    await waitFor(() => expect(screen.getAllByTestId(scorecardTestIds.card)).toHaveLength(3));
    await waitFor(() => expect(card('Net promoter score')).toHaveTextContent('On track'));
    expect(card('Time to restore')).toHaveTextContent('On track');
    expect(card('Deployment frequency')).toBeUndefined(); // leading: not selected
    const cards = screen.getAllByTestId(scorecardTestIds.card);
    expect(cards[0]).toHaveTextContent('owner: required');
    expect(screen.getByTestId(testIds.scorecards.container)).toContainElement(screen.getByTestId(scorecardTestIds.panel));
  });

  it('queries only the KPIs the scorecard selects, not the whole catalog', async () => {
    renderScorecard('exec');
    await waitFor(() => expect(card('Net promoter score')).toHaveTextContent('On track'));
    expect(queriedKpis()).toEqual(['mttr', 'nps']);
  });

  it('with a status criterion, queries what the other criteria select and shows those with that status', async () => {
    renderScorecard('exec', { select: { team: 'platform', status: 'off-track' } });
    await waitFor(() => expect(card('Deployment frequency')).toHaveTextContent('Off track'));
    expect(card('Time to restore')).toBeUndefined(); // on track
    expect(queriedKpis()).toEqual(['deploys', 'mttr']);
  });

  it('shows the table layout when the scorecard asks for it', async () => {
    renderScorecard('exec', { layout: 'table' });
    await waitFor(() => expect(screen.getAllByTestId(scorecardTestIds.row)).toHaveLength(3));
  });

  it('says the selection cannot be read, with where, and queries nothing', async () => {
    renderScorecard('exec', { select: 'team=sre' as never });
    const empty = await screen.findByTestId(scorecardTestIds.emptySelection);
    expect(empty).toHaveTextContent('The selection of scorecard “exec” cannot be read:');
    expect(empty).toHaveTextContent('select: must be an object');
    expect(screen.queryByTestId(scorecardTestIds.card)).toBeNull();
    expect(mockDs.requests).toHaveLength(0);
  });

  it('says so for an unknown scorecard id, with a way back, and queries nothing', async () => {
    renderScorecard('nope');
    expect(await screen.findByText('No scorecard with id "nope"')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All scorecards' })).toHaveAttribute('href', '/a/kpi-scorecards-app/scorecards');
    expect(mockDs.requests).toHaveLength(0);
  });

  it('says when the catalog cannot be read', async () => {
    mockBackend.srv = fakeBackendSrv('fail');
    renderScene(
      new EmbeddedScene({ $timeRange: new SceneTimeRange({}), body: new ScorecardScene({ scorecardId: 'exec' }) })
    );
    expect(await screen.findByText('The catalog could not be loaded')).toBeInTheDocument();
  });

  it('shows a catalog whose scorecards cannot be read as their problems', async () => {
    mockBackend.srv = fakeBackendSrv({ catalog: { ...sampleCatalog(), scorecards: 'exec' as never } });
    renderScene(
      new EmbeddedScene({ $timeRange: new SceneTimeRange({}), body: new ScorecardScene({ scorecardId: 'exec' }) })
    );
    expect(await screen.findByText('The catalog’s scorecards cannot be read')).toBeInTheDocument();
  });
});
