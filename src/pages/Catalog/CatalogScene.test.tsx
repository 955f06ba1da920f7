/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { EmbeddedScene, SceneTimeRange } from '@grafana/scenes';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { of } from 'rxjs';

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
  sizeElementsForComboboxes,
} from '../shared/testing/pageTestKit';
import { CatalogScene } from './CatalogScene';
import { PAGE_SIZE } from './CatalogTable';

// deploys (higher-is-better, target 10) is off track at 2; mttr (lower, 60) on track at 30; nps on track at 50.
const mockDs = fakeDataSourceSrv({ deploys: 2, mttr: 30, nps: 50 });
/** Grafana's alerting API; unset, the alert states cannot be read (as where alerting is off). */
let mockBackend: unknown;
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getDataSourceSrv: () => mockDs.srv,
  getBackendSrv: () => mockBackend,
}));

function renderCatalog(
  catalog: unknown = sampleCatalog(),
  state: Partial<ConstructorParameters<typeof CatalogScene>[0]> = {}
) {
  const model = new CatalogScene({
    source: new KpiCatalogSource({ loaded: loadedCatalog(catalog), phase: 'ready' }),
    ...state,
  });
  const scene = new EmbeddedScene({ $timeRange: new SceneTimeRange({ from: 'now-7d', to: 'now' }), body: model });
  renderScene(scene);
  return model;
}

const rowOrder = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('a')?.textContent ?? within(row).queryByText('Broken KPI')?.textContent);

describe('Catalog page', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    mockBackend = undefined;
  });

  it("marks a KPI whose rule fires in Grafana's alerting, linking to the rule", async () => {
    const rule = { state: 'firing', name: 'Off track: Deployment frequency', uid: 'kpi-deploys-off-track' };
    const groups = [{ name: 'KPI platform', rules: [{ ...rule, labels: { kpi: 'deploys', severity: 'ticket' } }] }];
    mockBackend = { fetch: () => of({ data: { status: 'success', data: { groups } } }) };
    renderCatalog();
    const firing = await screen.findByTestId(testIds.alerting.firing);
    expect(firing).toHaveTextContent('Alert firing: ticket');
    expect(firing).toHaveAttribute('href', '/alerting/grafana/kpi-deploys-off-track/view');
    expect(firing.closest('tr')).toHaveTextContent('Deployment frequency');
  });

  beforeEach(() => {
    asUser('Viewer');
    mockDs.control.silent = false;
  });

  it('lists every KPI worst first, the broken one with its error and the good ones still evaluated', async () => {
    renderCatalog();
    await waitFor(() => expect(screen.getAllByText('Off track')).toHaveLength(1));
    expect(rowOrder()).toEqual(['Broken KPI', 'Deployment frequency', 'Net promoter score', 'Time to restore']);
    expect(screen.getByTestId(testIds.catalog.kpiError)).toHaveTextContent('kpis[3] (broken).owner');
    expect(screen.getAllByText('On track')).toHaveLength(2);
  });

  it('filters by team and search and keeps the filters in the URL state', async () => {
    const model = renderCatalog();
    await waitFor(() => expect(screen.getAllByText('On track')).toHaveLength(2));
    act(() => model.setFilter('team', 'platform'));
    expect(rowOrder()).toEqual(['Deployment frequency', 'Time to restore']);
    act(() => model.setSearch('restore'));
    expect(rowOrder()).toEqual(['Time to restore']);
    expect(model.getUrlState()).toMatchObject({ team: 'platform', q: 'restore', status: undefined });
    act(() => model.clearFilters());
    expect(rowOrder()).toHaveLength(4);
    expect(model.getUrlState()).toMatchObject({ team: undefined, q: undefined });
  });

  it('keeps the box cleared when it is cleared just as the typed search reaches the scene', async () => {
    const model = renderCatalog();
    await waitFor(() => expect(screen.getAllByText('On track')).toHaveLength(2));
    jest.useFakeTimers();
    try {
      const box = screen.getByTestId(testIds.catalog.search) as HTMLInputElement;
      fireEvent.change(box, { target: { value: 'restore' } });
      // The pause ends and the scene takes "restore"; the box is cleared before the page renders that.
      jest.advanceTimersByTime(300);
      fireEvent.change(box, { target: { value: '' } });
      act(() => jest.advanceTimersByTime(300));
      expect(box.value).toBe('');
      expect(model.state.search).toBe('');
      expect(rowOrder()).toHaveLength(4);
    } finally {
      jest.useRealTimers();
    }
  });

  it('opens filtered from a shared link', () => {
    const model = new CatalogScene();
    model.updateFromUrl({ status: 'off-track', groupBy: 'team', objective: 'speed', q: 'deploy' });
    expect(model.state).toMatchObject({ status: 'off-track', groupBy: 'team', objective: 'speed', search: 'deploy' });
    model.updateFromUrl({ groupBy: 'nonsense' });
    expect(model.state.groupBy).toBe('none');
  });

  it('filters a broken definition as Error, from a link as from the filter', async () => {
    const model = renderCatalog();
    await waitFor(() => expect(screen.getAllByText('On track')).toHaveLength(2));
    act(() => model.updateFromUrl({ status: 'error' }));
    expect(model.getUrlState()).toMatchObject({ status: 'error' });
    expect(rowOrder()).toEqual(['Broken KPI']);
    const status = screen.getByRole('combobox', { name: 'Status' });
    expect(status).toHaveValue('Error');
    act(() => model.setFilter('status', undefined));
    sizeElementsForComboboxes();
    fireEvent.click(status);
    const offered = (await screen.findAllByRole('option')).map((option) => option.textContent);
    expect(offered).toEqual(['Error', 'Off track', 'On track']);
  });

  it('names the search box and each filter, so a screen reader says which one it is on', async () => {
    renderCatalog();
    await waitFor(() => expect(screen.getAllByText('On track')).toHaveLength(2));
    expect(screen.getByRole('textbox', { name: 'Search' })).toBe(screen.getByTestId(testIds.catalog.search));
    for (const name of ['Team', 'Category', 'Type', 'Status', 'Tag', 'Objective']) {
      expect(screen.getByRole('combobox', { name })).toBeInTheDocument();
    }
  });

  it('groups by team, the team with the worst KPI first', async () => {
    renderCatalog(sampleCatalog(), { groupBy: 'team' });
    await waitFor(() => expect(screen.getAllByText('On track')).toHaveLength(2));
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['product (2)', 'platform (2)']);
  });

  it('groups by what the user picks in the toolbar, and remembers it in the URL', async () => {
    const model = renderCatalog();
    await waitFor(() => expect(screen.getAllByText('On track')).toHaveLength(2));
    expect(screen.queryAllByRole('heading', { level: 3 })).toHaveLength(0);
    fireEvent.click(within(screen.getByTestId(testIds.catalog.groupBy)).getByLabelText('By objective'));
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['No objective (3)', 'Ship faster (1)']);
    expect(model.getUrlState()).toMatchObject({ groupBy: 'objective' });
  });

  it('says so when no KPI matches the filters, and lists them again once they are cleared', async () => {
    const model = renderCatalog();
    await waitFor(() => expect(screen.getAllByText('On track')).toHaveLength(2));
    expect(screen.queryByTestId(testIds.catalog.empty)).toBeNull();
    act(() => model.setSearch('no such kpi'));
    expect(screen.getByTestId(testIds.catalog.empty)).toHaveTextContent('No KPI matches these filters');
    expect(screen.getByText('0 of 4 KPIs')).toBeInTheDocument();
    act(() => model.clearFilters());
    expect(screen.queryByTestId(testIds.catalog.empty)).toBeNull();
    expect(rowOrder()).toHaveLength(4);
  });

  it('shows a viewer neither lint warnings nor the way to the editor', async () => {
    const noCadence = catalogOf([makeKpi({ cadence: undefined })]);
    renderCatalog(noCadence);
    expect(screen.queryByTestId(testIds.catalog.lintWarnings)).not.toBeInTheDocument();
    expect(screen.queryByTestId(testIds.catalog.manageLink)).not.toBeInTheDocument();
  });

  it('shows an admin the lint warnings and the way to the editor', () => {
    asUser('Admin');
    renderCatalog(catalogOf([makeKpi({ cadence: undefined })]));
    expect(screen.getByTestId(testIds.catalog.lintWarnings)).toHaveTextContent('lint warnings');
    expect(screen.getByTestId(testIds.catalog.manageLink)).toHaveAttribute('href', '/a/kpi-scorecards-app/manage');
  });

  it('renders script in names and descriptions as text, never as markup', async () => {
    const payload = '<img src=x onerror="window.pwned=1">';
    renderCatalog(catalogOf([makeKpi({ id: 'x', name: payload, description: payload, team: payload })]));
    expect(await screen.findByText(payload, { selector: 'a' })).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('stays paged with 5,000 KPIs: only one page of rows is in the document', () => {
    // The datasource stays silent: this measures the page, not the query layer.
    mockDs.control.silent = true;
    const kpis = Array.from({ length: 5000 }, (_, i) =>
      makeKpi({
        id: `kpi-${i}`,
        name: `KPI ${i}`,
        team: `team-${i % 50}`,
        query: { datasource: { uid: 'prom' }, expr: `q${i}` },
      })
    );
    const model = renderCatalog(catalogOf(kpis));
    // getAllByRole walks the accessibility tree and is slow by itself; the table's rows are what counts here.
    expect(document.querySelectorAll('tbody tr')).toHaveLength(PAGE_SIZE);
    expect(screen.getByText('5000 of 5000 KPIs')).toBeInTheDocument();
    act(() => model.setFilter('team', 'team-7'));
    expect(screen.getByText('100 of 5000 KPIs')).toBeInTheDocument();
    expect(document.querySelectorAll('tbody tr')).toHaveLength(PAGE_SIZE);
  });
});
