/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { locationService, setDataSourceSrv, type PluginPageProps } from '@grafana/runtime';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';

import { fakeSettingsBackend } from '../../catalog/testing/fakeSettingsBackend';
import { type KpiCatalog } from '../../kpi/types';
import { kpiFormUrl, manageUrl, newKpiFormUrl } from '../../routing';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { testIds } from '../../testIds';
import { asUser, catalogOf, fakeDataSourceSrv } from '../shared/testing/pageTestKit';
import { renderAppPages } from '../shared/testing/renderAppPages';
import { CatalogEditorScene } from './CatalogEditorScene';
import { managePage } from './managePage';

/** Issue #18.4: the KPI list and a KPI's form are two routes of one editor, which holds the draft. */
let mockBackend = fakeSettingsBackend({});
const mockDs = fakeDataSourceSrv({});
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getBackendSrv: () => mockBackend.backendSrv,
  getDataSourceSrv: () => mockDs.srv,
  // Grafana's page chrome, down to its breadcrumb: "Manage catalog > Time to restore".
  PluginPage: ({ pageNav, children }: PluginPageProps) => {
    const trail = [pageNav?.parentItem?.text, pageNav?.text].filter(Boolean).join(' > ');
    const { createElement } = jest.requireActual('react');
    return createElement('div', null, createElement('nav', null, trail), children);
  },
}));

const AWKWARD = 'a b/c?d';
const stored = () =>
  catalogOf([
    makeKpi({ id: 'deploys', name: 'Deployment frequency' }),
    makeKpi({ id: 'mttr', name: 'Time to restore', query: { datasource: { uid: 'p' }, expr: 'm' } }),
  ]);

async function openEditorAt(url: string, catalog = stored()) {
  mockBackend = fakeSettingsBackend({ catalog, catalogVersion: 3 });
  const editor = new CatalogEditorScene();
  renderAppPages([managePage(editor)], url);
  await waitFor(() => expect(editor.state.phase).toBe('ready'));
  return editor;
}

const path = () => locationService.getLocation().pathname;
const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const editButton = (name: string) =>
  screen.getByText(name).closest('tr')!.querySelector('button') as HTMLButtonElement;
const back = () => act(() => locationService.getHistory().goBack());

beforeAll(() => setDataSourceSrv(mockDs.srv as never));
beforeEach(() => asUser('Admin'));
jest.setTimeout(60_000);

it('opens a KPI form at its own route under the editor, and Back returns to the list with the draft kept', async () => {
  const editor = await openEditorAt(manageUrl());
  fireEvent.click(editButton('Time to restore'));
  expect(path()).toBe(kpiFormUrl('mttr'));
  expect(screen.getByRole('navigation')).toHaveTextContent('Manage catalog > Time to restore');
  fireEvent.change(input('name'), { target: { value: 'Time to recover' } });
  fireEvent.click(screen.getByRole('button', { name: 'Apply to draft' }));
  expect(path()).toBe(manageUrl());
  expect(screen.getByText('Time to recover')).toBeInTheDocument();

  // To another form and back: the edit is in the draft on both routes, and the save bar says it is unsaved.
  fireEvent.click(editButton('Deployment frequency'));
  expect(path()).toBe(kpiFormUrl('deploys'));
  expect(screen.getByTestId(testIds.editor.container)).toHaveTextContent('Unsaved changes');
  expect(screen.getByTestId(testIds.editor.save)).toBeEnabled();
  back();
  expect(path()).toBe(manageUrl());
  expect(screen.getByText('Time to recover')).toBeInTheDocument();
  expect(screen.getByRole('tab', { name: 'KPIs (2)' })).toBeInTheDocument();
  expect(editor.isDirty()).toBe(true);

  // Saved from the list, the draft is what the form applied.
  fireEvent.click(screen.getByTestId(testIds.editor.save));
  await waitFor(() => expect(mockBackend.posts).toHaveLength(1));
  const saved = mockBackend.posts[0].jsonData?.catalog as KpiCatalog;
  expect(saved.kpis.map((k) => k.name)).toContain('Time to recover');
});

it('sends an old link (manage?kpi=<id>) on to that KPI form, in place of itself', async () => {
  await openEditorAt(`${manageUrl()}?kpi=${encodeURIComponent('mttr')}`);
  await waitFor(() => expect(path()).toBe(kpiFormUrl('mttr')));
  expect(locationService.getLocation().search).toBe('');
  expect(input('name')).toHaveValue('Time to restore');
});

it('opens a form first (a bookmark), loading the catalog; Cancel goes to the list', async () => {
  await openEditorAt(kpiFormUrl('deploys'));
  expect(input('name')).toHaveValue('Deployment frequency');
  expect(screen.getByRole('navigation')).toHaveTextContent('Manage catalog > Deployment frequency');
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(path()).toBe(manageUrl());
  expect(screen.getByText('Time to restore')).toBeInTheDocument();
});

it('keeps an id a URL cannot carry as it is in one path segment, and opens its form', async () => {
  const awkward = makeKpi({ id: AWKWARD, name: 'Written in YAML', query: { datasource: { uid: 'p' }, expr: 'a' } });
  await openEditorAt(manageUrl(), catalogOf([...stored().kpis, awkward]));
  fireEvent.click(editButton('Written in YAML'));
  expect(input('name')).toHaveValue('Written in YAML');
  expect(screen.getByRole('navigation')).toHaveTextContent('Manage catalog > Written in YAML');
});

it('says a KPI is not in the catalog, with a link to the list, for a form URL of an unknown id', async () => {
  await openEditorAt(kpiFormUrl('gone'));
  expect(screen.getByText('No KPI "gone" in the draft')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Back to the list' })).toHaveAttribute('href', manageUrl());
  expect(screen.queryByLabelText('name')).toBeNull();
});

it('adds a new KPI from its own route', async () => {
  const editor = await openEditorAt(manageUrl());
  fireEvent.click(screen.getByRole('button', { name: 'New KPI' }));
  expect(path()).toBe(newKpiFormUrl());
  expect(screen.getByRole('navigation')).toHaveTextContent('Manage catalog > New KPI');
  back();
  expect(path()).toBe(manageUrl());
  expect(editor.state.draft.kpis).toHaveLength(2);
});

it('keeps what a form held unapplied when it is left by Back, until Apply, Cancel or a discard of the draft', async () => {
  const editor = await openEditorAt(manageUrl());
  fireEvent.click(editButton('Time to restore'));
  fireEvent.change(input('name'), { target: { value: 'Time to recover' } });
  back();
  expect(path()).toBe(manageUrl());
  expect(editor.isDirty()).toBe(false); // not applied: the draft is as loaded
  fireEvent.click(editButton('Time to restore'));
  expect(input('name').value).toBe('Time to recover');

  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(path()).toBe(manageUrl());
  fireEvent.click(editButton('Time to restore'));
  expect(input('name').value).toBe('Time to restore');

  fireEvent.change(input('name'), { target: { value: 'Time to recover' } });
  back();
  act(() => editor.discardDraft());
  fireEvent.click(editButton('Time to restore'));
  expect(input('name').value).toBe('Time to restore');
});
