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
});
