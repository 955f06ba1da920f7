/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { EmbeddedScene, SceneTimeRange } from '@grafana/scenes';
import { screen, waitFor } from '@testing-library/react';

import { testIds } from '../../testIds';
import { fakeDataSourceSrv, loadedCatalog, renderScene, sampleCatalog } from '../shared/testing/pageTestKit';
import { ScorecardList } from './ScorecardList';

const mockDs = fakeDataSourceSrv({ deploys: 2, mttr: 30, nps: 50 });
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getDataSourceSrv: () => mockDs.srv,
}));

function renderList() {
  const catalog = sampleCatalog();
  catalog.scorecards = [
    { id: 'exec', title: 'Executive', select: { type: 'lagging' } },
    { id: 'speed', title: 'Speed', select: { objective: 'speed', team: 'platform' }, layout: 'table' },
    { id: 'picked', title: 'Picked', select: { ids: ['mttr', 'nps'], status: 'on-track' } },
    { id: 'all', title: 'Everything', select: {} },
  ];
  const list = new ScorecardList();
  list.state.source.setState({ loaded: loadedCatalog(catalog), phase: 'ready' });
  renderScene(new EmbeddedScene({ $timeRange: new SceneTimeRange({}), body: list }));
}

describe('The scorecards list', () => {
  it('says what each scorecard selects in words: field names, objective titles, KPI names, status words', () => {
    renderList();
    const text = screen.getByTestId(testIds.scorecards.container).textContent;
    expect(text).toContain('Type: lagging');
    expect(text).toContain('Team: platform · Objective: Ship faster');
    expect(text).toContain('KPIs: Time to restore, Net promoter score · Status: On track');
    expect(text).toContain('Every KPI');
    expect(text).toContain('Shown as a table');
    expect(text).not.toMatch(/objective=|ids=|type=|\| cards/);
  });

  it("counts each scorecard's KPIs by status once they are evaluated, worst first", async () => {
    renderList();
    const counts = (id: string) =>
      Array.from(screen.getByTestId(testIds.scorecards.listItem(id)).querySelectorAll('[data-status]')).map(
        (badge) => `${badge.parentElement!.textContent}`
      );
    // Lagging: the broken KPI (an error) and two on track; platform's speed objective: deploys off track.
    await waitFor(() => expect(counts('exec')).toEqual(['1Error', '2On track']));
    expect(counts('speed')).toEqual(['1Off track']);
    expect(counts('picked')).toEqual(['2On track']);
    expect(counts('all')).toEqual(['1Error', '1Off track', '2On track']);
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
  it('says in the list that a scorecard\'s selection cannot be read', () => {
    const catalog = sampleCatalog();
    catalog.scorecards = [{ id: 'exec', title: 'Executive', select: 'team=sre' as never }];
    const list = new ScorecardList();
    list.state.source.setState({ loaded: loadedCatalog(catalog), phase: 'ready' });
    renderScene(new EmbeddedScene({ $timeRange: new SceneTimeRange({}), body: list }));
    expect(screen.getByTestId(testIds.scorecards.container)).toHaveTextContent('selection cannot be read');
  });
});
