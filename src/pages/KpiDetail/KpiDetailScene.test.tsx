/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { EmbeddedScene, SceneDataLayerSet, SceneTimeRange } from '@grafana/scenes';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { testIds } from '../../testIds';
import { KpiCatalogSource } from '../shared/KpiCatalogSource';
import {
  asUser,
  catalogOf,
  fakeDataSourceSrv,
  loadedCatalog,
  renderScene,
  sampleCatalog,
  stubPanelPlugins,
} from '../shared/testing/pageTestKit';
import { KpiDetailScene } from './KpiDetailScene';
import { RevisionMarkersLayer } from './RevisionMarkersLayer';

const mockDs = fakeDataSourceSrv({ deploys: 2, mttr: 30, availability: 98 });
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getDataSourceSrv: () => mockDs.srv,
}));

function renderDetail(kpiId: string, catalog: unknown = sampleCatalog()) {
  const detail = new KpiDetailScene({
    kpiId,
    source: new KpiCatalogSource({
      only: [kpiId],
      withNeighbours: true,
      loaded: loadedCatalog(catalog),
      phase: 'ready',
    }),
  });
  const layer = new RevisionMarkersLayer();
  const scene = new EmbeddedScene({
    $timeRange: new SceneTimeRange({ from: 'now-7d', to: 'now' }),
    $data: new SceneDataLayerSet({ layers: [layer] }),
    body: detail,
  });
  renderScene(scene);
  return { detail, layer };
}

describe('KPI detail page', () => {
  beforeAll(stubPanelPlugins);
  beforeEach(() => {
    asUser('Viewer');
    mockDs.requests.length = 0;
  });
  afterEach(() => jest.restoreAllMocks()); // the console spy, also when a test fails before its end

  it('explains the KPI in words and shows its value and status', async () => {
    renderDetail('deploys');
    const definition = screen.getByTestId(testIds.kpiDetail.definition);
    expect(definition).toHaveTextContent('The latest value of the query over the last 7 days.');
    expect(definition).not.toHaveTextContent(/lastNotNull|\b7d\b|short/);
    expect(definition).toHaveTextContent('Higher is better: on track at 10 or more, at risk from 8, off track below.');
    expect(definition).toHaveTextContent('jane@example.com (platform)');
    expect(await screen.findByText('Off track')).toBeInTheDocument();
    expect(screen.getByTestId(testIds.kpiDetail.value)).toHaveTextContent('2');
  });

  it('links cause and effect both ways, with the status of each neighbour', async () => {
    renderDetail('mttr');
    const relations = screen.getByTestId(testIds.kpiDetail.relations);
    expect(relations).toHaveTextContent('Driven by (leading)');
    await waitFor(() => expect(relations).toHaveTextContent('Off track'));
    expect(screen.getByRole('link', { name: 'Deployment frequency' })).toHaveAttribute(
      'href',
      '/a/kpi-scorecards-app/kpi/deploys'
    );
  });

  it('lists each of two neighbours that share an id, without mixing them up', async () => {
    const consoleError = jest.spyOn(console, 'error');
    const catalog = sampleCatalog();
    const again = { ...catalog.kpis[0], name: 'Deployment frequency again' };
    renderDetail('mttr', { ...catalog, kpis: [...catalog.kpis, again] });
    const relations = screen.getByTestId(testIds.kpiDetail.relations);
    expect(within(relations).getByText('Deployment frequency')).toBeInTheDocument();
    expect(within(relations).getByText('Deployment frequency again')).toBeInTheDocument();
    // React keys the list: two with one key would be mixed up (or one lost) as statuses come in.
    expect(consoleError.mock.calls.flat().join(' ')).not.toMatch(/same key/);
  });

  it('links the objective', () => {
    renderDetail('deploys');
    expect(screen.getByRole('link', { name: 'Ship faster' })).toHaveAttribute(
      'href',
      '/a/kpi-scorecards-app/catalog?objective=speed'
    );
    expect(screen.getByRole('link', { name: 'Time to restore' })).toBeInTheDocument();
  });

  it('shows the exact request and an Explore link with the same query and range', async () => {
    renderDetail('deploys');
    await screen.findByText('Off track');
    fireEvent.click(screen.getByText('Debug: query as sent and raw answer'));
    const debug = screen.getByTestId(testIds.kpiDetail.debug);
    expect(debug).toHaveTextContent('"expr": "sum(increase(deploys_total[1h]))"');
    expect(debug).toHaveTextContent('"maxDataPoints": 720');
    const link = screen.getByTestId(testIds.kpiDetail.exploreLink);
    expect(link).toHaveAccessibleName(/Open this query in Explore/);
    const explore = link.getAttribute('href')!;
    const panes = JSON.parse(new URL(explore, 'http://x').searchParams.get('panes')!);
    const sent = mockDs.requests.find((r) => r.targets[0].refId === 'deploys')!;
    expect(panes.kpi.queries[0]).toMatchObject({ refId: 'deploys', expr: 'sum(increase(deploys_total[1h]))' });
    expect(panes.kpi.range).toEqual({ from: String(sent.range.from.valueOf()), to: String(sent.range.to.valueOf()) });
  });

  it("reads an SLO's burn rates from one request per alert pair, asked when the page evaluates", async () => {
    const slo = makeKpi({ id: 'availability', unit: 'percent', window: '30d', target: {}, slo: { objective: 99.9 } });
    renderDetail('availability', catalogOf([slo]));
    // Every answer is 98%: a 20x burn.
    const budget = screen.getByTestId(testIds.kpiDetail.errorBudget);
    await waitFor(() => expect(budget).toHaveTextContent('Burn rate 1h: 20.00×'));
    expect(budget).toHaveTextContent(
      'Pages: the budget burns 20.0× faster than allowed over the last 1h and 20.0× over the last 5m (this alert pages from 14.4× on both)'
    );
    const hoursBack = mockDs.requests.map((r) => (r.range.to.valueOf() - r.range.from.valueOf()) / 3600_000);
    // The four pairs' long windows, the last 12 hours the newest sample is dated from, the window and the
    // period before it.
    expect(hoursBack.sort((a, b) => a - b)).toEqual([1, 6, 12, 24, 72, 720, 720]);
  });

  it('shows a bad KPI with its errors, and a javascript: link as text, never as a link', () => {
    const payload = '<script>window.pwned=1</script>';
    const bad = makeKpi({
      id: 'bad',
      name: payload,
      description: payload,
      links: [
        { title: 'Runbook', url: 'javascript:alert(1)' },
        { title: 'Wiki', url: 'https://wiki.example.com/x' },
      ],
    });
    renderDetail('bad', catalogOf([bad]));
    expect(screen.getByText('This KPI has errors and is not evaluated')).toBeInTheDocument();
    expect(screen.getAllByText(payload).length).toBeGreaterThan(0);
    expect(screen.queryByRole('link', { name: /Runbook/ })).toBeNull();
    expect(screen.getByText(/Runbook \(not an http\(s\) link/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Wiki/ })).toHaveAttribute('href', 'https://wiki.example.com/x');
    expect(document.querySelector('script')).toBeNull();
  });

  it('gives a KPI the catalog marks invalid no default reducer or revision, as the scorecard panel does', () => {
    const { owner: _owner, ...ownerless } = makeKpi({ id: 'ownerless' });
    renderDetail('ownerless', catalogOf([ownerless]));
    expect(screen.getByText('This KPI has errors and is not evaluated')).toBeInTheDocument();
    const definition = screen.getByTestId(testIds.kpiDetail.definition);
    expect(definition).not.toHaveTextContent(/Revision|lastNotNull/);
    expect(definition).toHaveTextContent('Target ≥ 10');
  });

  it('says when there is no such KPI', () => {
    renderDetail('nope');
    expect(screen.getByText('No KPI with id "nope"')).toBeInTheDocument();
  });

  it('offers editing to an admin only', () => {
    renderDetail('deploys');
    expect(screen.queryByTestId(testIds.kpiDetail.editLink)).toBeNull();
  });

  it('offers editing to an admin', () => {
    asUser('Admin');
    renderDetail('deploys');
    expect(screen.getByTestId(testIds.kpiDetail.editLink)).toHaveAttribute(
      'href',
      '/a/kpi-scorecards-app/manage/kpi/deploys'
    );
  });

  it('marks revisions that changed the meaning on the chart', async () => {
    const history = [
      { revision: 1, at: '2026-01-01T00:00:00Z', by: 'ann', changes: ['created'] },
      { revision: 1, at: '2026-02-01T00:00:00Z', by: 'bob', changes: ['owner: a -> b'] },
      { revision: 2, at: '2026-03-01T00:00:00Z', by: 'cy', changes: ['target.value: 10 -> 12'] },
    ];
    const { layer } = renderDetail('deploys', catalogOf([makeKpi({ id: 'deploys', revision: 2, history })]));
    await waitFor(() => expect(layer.state.data?.series[0].length).toBe(1));
    expect(layer.state.data?.series[0].fields.find((f) => f.name === 'text')?.values[0]).toBe(
      'cy: target.value: 10 -> 12'
    );
    expect(screen.getByTestId(testIds.kpiDetail.history)).toHaveTextContent('target.value: 10 -> 12');
  });
});
