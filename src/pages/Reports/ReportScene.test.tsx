/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import { EmbeddedScene, SceneTimeRange } from '@grafana/scenes';
import { screen, waitFor } from '@testing-library/react';

import { lastClosedPeriod, previousReportPeriod } from '../../kpi/reportPeriod';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { testIds } from '../../testIds';
import { catalogOf, fakeDataSourceSrv, loadedCatalog, renderScene } from '../shared/testing/pageTestKit';
import { ReportScene } from './ReportScene';

// Targets are 10 (higher is better): 12 is on track, 2 off track.
const mockDs = fakeDataSourceSrv({ a: 12, b: 2, c: 12 });
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getDataSourceSrv: () => mockDs.srv,
}));

const kpi = (id: string, team: string, objective?: string) =>
  makeKpi({ id, name: `KPI ${id}`, team, objective, query: { datasource: { uid: 'p' }, expr: id } });
const catalog = catalogOf([kpi('a', 'sre', 'growth'), kpi('b', 'sre'), kpi('c', 'web', 'growth')], {
  objectives: [{ id: 'growth', title: 'Grow revenue' }],
});

function renderReport(state: Partial<ConstructorParameters<typeof ReportScene>[0]> = {}) {
  const report = new ReportScene({ loaded: loadedCatalog(catalog), phase: 'ready', ...state });
  renderScene(new EmbeddedScene({ $timeRange: new SceneTimeRange({}), body: report }));
  return report;
}

describe('Reports page', () => {
  beforeEach(() => (mockDs.requests.length = 0));

  it("shows a team's KPIs at the last closed quarter's close, grouped by objective with counts", async () => {
    renderReport({ team: 'sre' });
    await waitFor(() => expect(screen.getByTestId(testIds.reports.download)).toBeEnabled());
    const growth = screen.getByTestId(testIds.reports.group('growth'));
    expect(growth).toHaveTextContent('Grow revenue');
    expect(growth).toHaveTextContent('1On track');
    expect(screen.getByTestId(testIds.reports.group(null))).toHaveTextContent('1Off track');
    expect(screen.queryByTestId(testIds.reports.row('c'))).toBeNull();
    // Asked as of the quarter's last millisecond and the previous quarter's, never after the close.
    const quarter = lastClosedPeriod('quarter', Date.now(), 'browser');
    const ends = new Set(mockDs.requests.map((r) => r.range.to.valueOf()));
    expect(ends).toContain(quarter.end - 1);
    expect(ends).toContain(previousReportPeriod(quarter).end - 1);
    expect(Math.max(...ends)).toBe(quarter.end - 1);
  });

  it('says why the period in the address cannot be reported, and shows the last closed quarter', async () => {
    renderReport({ period: '2026-13' });
    const problem = await screen.findByTestId(testIds.reports.problem);
    const shown = lastClosedPeriod('quarter', Date.now(), 'browser').label;
    expect(problem).toHaveTextContent(`period=2026-13: '2026-13': there is no month 13`);
    expect(problem).toHaveTextContent(`Showing ${shown}`);
  });

  it('refuses a period that has not closed', async () => {
    renderReport({ period: '2999' });
    expect(await screen.findByTestId(testIds.reports.problem)).toHaveTextContent('2999 is in the future');
  });
});
