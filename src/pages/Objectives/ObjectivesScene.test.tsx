/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { EmbeddedScene, SceneTimeRange } from '@grafana/scenes';
import { screen, waitFor, within } from '@testing-library/react';

import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { testIds } from '../../testIds';
import { KpiCatalogSource } from '../shared/KpiCatalogSource';
import { catalogOf, fakeDataSourceSrv, loadedCatalog, renderScene } from '../shared/testing/pageTestKit';
import { ObjectivesScene } from './ObjectivesScene';

// Targets are 10 (higher is better): 12 is on track, 9.5 at risk, 2 off track.
const mockDs = fakeDataSourceSrv({ a: 12, b: 9.5, c: 2, d: 12 });
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getDataSourceSrv: () => mockDs.srv,
}));

const kpi = (id: string, objective?: string) =>
  makeKpi({ id, name: `KPI ${id}`, objective, query: { datasource: { uid: 'p' }, expr: id } });

/** Every KPI the page asked a datasource about, once each. */
const queriedKpis = () => [...new Set(mockDs.requests.flatMap((r) => r.targets.map((t) => t.refId)))].sort();

describe('Objectives page', () => {
  beforeEach(() => (mockDs.requests.length = 0));
  afterEach(() => jest.restoreAllMocks()); // the console spy, also when a test fails before its end

  it('queries only the KPIs that serve an objective', async () => {
    const catalog = catalogOf([kpi('a', 'growth'), kpi('b'), kpi('c', 'growth')], {
      objectives: [{ id: 'growth', title: 'Grow revenue' }],
    });
    const scene = new EmbeddedScene({
      $timeRange: new SceneTimeRange({}),
      body: new ObjectivesScene({ source: new KpiCatalogSource({ loaded: loadedCatalog(catalog), phase: 'ready' }) }),
    });
    renderScene(scene);
    const growth = screen.getByTestId(testIds.objectives.objective('growth'));
    await waitFor(() => expect(growth).toHaveTextContent('1 of 2 on track'));
    expect(queriedKpis()).toEqual(['a', 'c']);
  });

  it('shows a KPI the catalog marks invalid as an error that says what is wrong, and rolls it up as one', async () => {
    const { owner, ...ownerless } = kpi('x', 'growth');
    const catalog = catalogOf([kpi('a', 'growth'), ownerless], {
      objectives: [{ id: 'growth', title: 'Grow revenue' }],
    });
    const scene = new EmbeddedScene({
      $timeRange: new SceneTimeRange({}),
      body: new ObjectivesScene({ source: new KpiCatalogSource({ loaded: loadedCatalog(catalog), phase: 'ready' }) }),
    });
    renderScene(scene);
    const growth = screen.getByTestId(testIds.objectives.objective('growth'));
    await waitFor(() => expect(growth).toHaveTextContent('1 of 2 on track'));
    expect(growth).toHaveTextContent('kpis[1] (x).owner: required');
    // Never "Loading": the broken KPI is not queried, so no answer would ever come. The objective's worst is Error.
    expect(within(growth).queryByText('Loading')).toBeNull();
    expect(within(growth).getAllByText('Error')).toHaveLength(2);
    // Listed by name, not linked: as in the catalog, a bad definition has no detail to show.
    expect(within(growth).getByText('KPI x')).not.toHaveAttribute('href');
    expect(within(growth).getByRole('link', { name: 'KPI a' })).toBeInTheDocument();
    expect(queriedKpis()).toEqual(['a']);
  });

  it('gives the KPIs to the first of two objectives that share an id, and shows the other with its error', async () => {
    const consoleError = jest.spyOn(console, 'error');
    const catalog = catalogOf([kpi('a', 'growth')], {
      objectives: [
        { id: 'growth', title: 'Grow revenue' },
        { id: 'growth', title: 'Grow revenue again', owner: { name: 'cfo' } as never },
      ],
    });
    const scene = new EmbeddedScene({
      $timeRange: new SceneTimeRange({}),
      body: new ObjectivesScene({ source: new KpiCatalogSource({ loaded: loadedCatalog(catalog), phase: 'ready' }) }),
    });
    renderScene(scene);
    const [first, again] = screen.getAllByTestId(testIds.objectives.objective('growth'));
    await waitFor(() => expect(first).toHaveTextContent('1 of 1 on track'));
    expect(within(first).getByRole('link', { name: 'Grow revenue' })).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'KPI a' })).toBeInTheDocument();
    // The duplicate: a link by id lands on the first, so it gets neither a link nor the first's KPIs.
    expect(again).toHaveTextContent('objectives[1] (growth).id: duplicate id, also objectives[0]');
    expect(within(again).getByText('Grow revenue again')).not.toHaveAttribute('href');
    expect(within(again).queryByText('KPI a')).toBeNull();
    expect(again).not.toHaveTextContent(/on track|No KPI serves|\[object Object\]/);
    expect(within(again).getByText('Error')).toBeInTheDocument();
    // React keys the cards: two with one key would be mixed up (or one lost) as answers come in.
    expect(consoleError.mock.calls.flat().join(' ')).not.toMatch(/same key/);
  });

  it('rolls each objective up (how many on track, worst status), worst objective first', async () => {
    const catalog = catalogOf([kpi('a', 'growth'), kpi('b', 'growth'), kpi('c', 'retention'), kpi('d', 'retention')], {
      objectives: [
        { id: 'growth', title: 'Grow revenue', owner: 'cfo' },
        { id: 'retention', title: 'Keep customers' },
        { id: 'empty', title: 'Nothing yet' },
      ],
    });
    const scene = new EmbeddedScene({
      $timeRange: new SceneTimeRange({}),
      body: new ObjectivesScene({ source: new KpiCatalogSource({ loaded: loadedCatalog(catalog), phase: 'ready' }) }),
    });
    renderScene(scene);
    const retention = screen.getByTestId(testIds.objectives.objective('retention'));
    await waitFor(() => expect(retention).toHaveTextContent('1 of 2 on track'));
    expect(retention).toHaveTextContent('Off track');
    expect(screen.getByTestId(testIds.objectives.objective('growth'))).toHaveTextContent('1 of 2 on track');
    expect(screen.getByTestId(testIds.objectives.objective('growth'))).toHaveTextContent('Owner cfo');
    const order = Array.from(document.querySelectorAll('[data-testid^="data-testid objective "]')).map((e) =>
      e.getAttribute('data-testid')
    );
    expect(order).toEqual([
      testIds.objectives.objective('retention'),
      testIds.objectives.objective('growth'),
      testIds.objectives.objective('empty'),
    ]);
    expect(screen.getByTestId(testIds.objectives.objective('empty'))).toHaveTextContent(
      'No KPI serves this objective yet'
    );
    expect(screen.getByRole('link', { name: 'KPI c' })).toHaveAttribute('href', '/a/kpi-scorecards-app/kpi/c');
  });
});
