/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { screen, waitFor } from '@testing-library/react';
import { EmbeddedScene, SceneTimeRange } from '@grafana/scenes';
import { testIds } from '../../testIds';
import { KpiCatalogSource } from '../shared/KpiCatalogSource';
import { fakeDataSourceSrv, loadedCatalog, renderScene, sampleCatalog } from '../shared/testing/pageTestKit';
import { ScorecardScene } from './ScorecardScene';
import { ScorecardList } from './ScorecardList';

const mockDs = fakeDataSourceSrv({ deploys: 2, mttr: 30, nps: 50 });
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getDataSourceSrv: () => mockDs.srv,
}));

function renderScorecard(id: string, layout: 'cards' | 'table' = 'cards') {
  const catalog = sampleCatalog();
  catalog.scorecards = [{ id: 'exec', title: 'Executive', select: { type: 'lagging' }, layout }];
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
  it('shows the saved selection as cards, worst first', async () => {
    renderScorecard('exec');
    await waitFor(() => expect(screen.getByTestId(testIds.scorecards.card('nps'))).toHaveTextContent('On track'));
    expect(screen.getByTestId(testIds.scorecards.card('mttr'))).toHaveTextContent('On track');
    expect(screen.queryByTestId(testIds.scorecards.card('deploys'))).toBeNull(); // leading: not selected
    // A KPI with errors is shown only when the scorecard names it by id; criteria cannot be trusted on it.
    expect(screen.queryByTestId(testIds.scorecards.card('broken'))).toBeNull();
  });

  it('shows the table layout when the scorecard asks for it', async () => {
    renderScorecard('exec', 'table');
    await waitFor(() => expect(screen.getAllByText('On track')).toHaveLength(2));
    expect(document.querySelectorAll('tbody tr')).toHaveLength(2);
  });

  it('says so for an unknown scorecard id', () => {
    renderScorecard('nope');
    expect(screen.getByText('No scorecard with id "nope"')).toBeInTheDocument();
  });

  it('lists scorecards with their stable URLs', () => {
    const list = new ScorecardList();
    list.state.source.setState({ loaded: loadedCatalog(sampleCatalog()), phase: 'ready' });
    renderScene(new EmbeddedScene({ $timeRange: new SceneTimeRange({}), body: list }));
    expect(screen.getByRole('link', { name: /Executive/ })).toHaveAttribute(
      'href',
      '/a/kpi-scorecards-app/scorecards/exec'
    );
    expect(screen.getByTestId(testIds.scorecards.container)).toHaveTextContent('type=lagging');
  });
});
