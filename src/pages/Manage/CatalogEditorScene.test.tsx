/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { locationService, setDataSourceSrv } from '@grafana/runtime';
import { EmbeddedScene, sceneUtils } from '@grafana/scenes';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { throwError } from 'rxjs';
import { stringify } from 'yaml';

import { fakeSettingsBackend } from '../../catalog/testing/fakeSettingsBackend';
import { catalogToYaml } from '../../kpi/catalogYaml';
import { kpiFormUrl, manageUrl } from '../../routing';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { testIds } from '../../testIds';
import {
  asUser,
  catalogOf,
  fakeDataSourceSrv,
  renderScene,
  sizeElementsForComboboxes,
} from '../shared/testing/pageTestKit';
import { renderAppPages } from '../shared/testing/renderAppPages';
import { CatalogEditorScene, RECHECK_MS } from './CatalogEditorScene';
import { NEW_ITEM } from './KpiListTab';
import { managePage } from './managePage';

// monaco-editor is not installed for jsdom: a text area stands in for the YAML tab's code editor (the browser
// checks use the real one). Each render of @grafana/ui's lazy editor starts a new import that fails here.
jest.mock('@grafana/ui', () => ({
  ...jest.requireActual('@grafana/ui'),
  CodeEditor: ({ value, onBlur }: { value: string; onBlur?: (text: string) => void }) =>
    jest.requireActual('react').createElement('textarea', {
      defaultValue: value,
      onBlur: (e: { currentTarget: { value: string } }) => onBlur?.(e.currentTarget.value),
    }),
}));

let mockBackend = fakeSettingsBackend({});
const mockDs = fakeDataSourceSrv({});
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getBackendSrv: () => mockBackend.backendSrv,
  getDataSourceSrv: () => mockDs.srv,
}));

const stored = () =>
  catalogOf(
    [
      makeKpi({ id: 'deploys', name: 'Deployment frequency' }),
      makeKpi({ id: 'mttr', name: 'Time to restore', type: 'lagging', query: { datasource: { uid: 'p' }, expr: 'm' } }),
    ],
    {
      objectives: [{ id: 'speed', title: 'Ship faster' }],
    }
  );

/** The editor's pages as the app routes them (its list, a KPI's form), opened at the list. */
async function renderEditor(jsonData: Record<string, unknown> = { catalog: stored(), catalogVersion: 7 }) {
  mockBackend = fakeSettingsBackend(jsonData);
  const editor = new CatalogEditorScene();
  renderAppPages([managePage(editor)], manageUrl());
  if (screen.queryByText('Only an admin can change the KPI catalog') === null) {
    await waitFor(() => expect(editor.state.phase).toBe('ready'));
  }
  return editor;
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('catalog editor', () => {
  // These walk the whole editor with userEvent (forms, tables, dialogs): the slowest take 10-17 s on a 2-core
  // machine doing other work too, and went past 30 s under heavy load. The timeout is for slowness, not a hang.
  jest.setTimeout(120_000);
  beforeAll(() => {
    // The datasource picker asks Grafana's own datasource service, not the module export.
    setDataSourceSrv(mockDs.srv as never);
  });
  beforeEach(() => asUser('Admin'));

  it('shows a viewer no edit control at all', async () => {
    asUser('Viewer');
    await renderEditor();
    expect(screen.getByText('Only an admin can change the KPI catalog')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(mockBackend.posts).toHaveLength(0);
  });

  it('lists each KPI with its own errors and lint warnings', async () => {
    const editor = await renderEditor();
    act(() =>
      editor.applyCatalog(
        catalogOf([
          makeKpi({ id: 'a', cadence: undefined }),
          makeKpi({ id: 'b', owner: '', query: { datasource: { uid: 'p' }, expr: 'b' } }),
        ])
      )
    );
    expect(screen.getByText(/^cadence: no review cadence/)).toBeInTheDocument();
    expect(screen.getByText('owner: must not be empty')).toBeInTheDocument();
  });

  it('validates a KPI inline and applies it only without errors', async () => {
    const editor = await renderEditor();
    act(() => editor.state.kpiTab.open('deploys'));
    fireEvent.change(input('owner'), { target: { value: '' } });
    expect(screen.getByText('must not be empty')).toBeInTheDocument();
    // Disabled with a tooltip saying why (aria-disabled keeps it focusable for the tooltip).
    expect(screen.getByRole('button', { name: 'Apply to draft' })).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Apply to draft' }));
    expect(editor.state.draft.kpis[0].owner).toBe('jane@example.com');
    fireEvent.change(input('owner'), { target: { value: 'kim@example.com' } });
    fireEvent.change(input('at risk'), { target: { value: '11' } });
    expect(
      screen.getByText('target.atRisk: must not be above target.value (10) for higher-is-better')
    ).toBeInTheDocument();
    fireEvent.change(input('at risk'), { target: { value: '' } });
    fireEvent.change(input('target'), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply to draft' }));
    expect(editor.state.draft.kpis[0]).toMatchObject({ owner: 'kim@example.com', target: { value: 12 }, revision: 2 });
    expect(editor.isDirty()).toBe(true);
  });

  it('saves through the plugin settings and reads back what it saved, with who changed what', async () => {
    const editor = await renderEditor();
    act(() => editor.state.kpiTab.apply({ ...editor.state.draft.kpis[0], target: { value: 12 } }, 'deploys'));
    fireEvent.click(screen.getByTestId(testIds.editor.save));
    await screen.findByText('Catalog saved');
    expect(mockBackend.posts).toHaveLength(1);
    const saved = mockBackend.posts[0].jsonData!;
    expect(saved.catalogVersion).toBe(8);
    const kpi = (saved.catalog as ReturnType<typeof stored>).kpis[0];
    expect(kpi.revision).toBe(2);
    expect(kpi.history?.[0]).toMatchObject({
      by: 'admin-user',
      changes: ['target.value: 10 -> 12; target.atRisk: 8 -> (none)'],
    });
    expect(editor.isDirty()).toBe(false);
    expect(editor.state.baseVersion).toBe(8);
  });

  it('refuses a save when someone else saved in between, says so, and keeps every edit', async () => {
    const editor = await renderEditor();
    act(() => editor.state.kpiTab.apply({ ...editor.state.draft.kpis[0], name: 'Deploys per day' }, 'deploys'));
    const theirs = catalogOf(
      [...stored().kpis, makeKpi({ id: 'theirs', name: 'Their KPI', query: { datasource: { uid: 'p' }, expr: 't' } })],
      { objectives: stored().objectives }
    );
    mockBackend.saveElsewhere({ catalog: theirs, catalogVersion: 8 });
    fireEvent.click(screen.getByTestId(testIds.editor.save));
    expect(await screen.findByTestId(testIds.editor.conflict)).toHaveTextContent(
      'Someone else saved the catalog while you were editing'
    );
    expect(mockBackend.posts).toHaveLength(0);
    expect(editor.state.draft.kpis[0].name).toBe('Deploys per day');
    expect(editor.isDirty()).toBe(true);

    // Merging onto theirs: their new KPI stays, my rename is applied, and the note says whose is whose.
    fireEvent.click(screen.getByRole('button', { name: 'Merge my changes onto their version' }));
    expect(editor.state.draft.kpis.map((k) => [k.id, k.name])).toEqual([
      ['deploys', 'Deploys per day'],
      ['mttr', 'Time to restore'],
      ['theirs', 'Their KPI'],
    ]);
    expect(screen.getByTestId(testIds.editor.merged)).toHaveTextContent('Yours: deploys');
    expect(screen.getByTestId(testIds.editor.merged)).toHaveTextContent('Theirs, kept: theirs');
    expect(editor.state.baseVersion).toBe(8);
    fireEvent.click(screen.getByTestId(testIds.editor.save));
    await screen.findByText('Catalog saved');
    const names = (mockBackend.store.settings.jsonData!.catalog as ReturnType<typeof stored>).kpis.map((k) => k.name);
    expect(names).toEqual(['Deploys per day', 'Time to restore', 'Their KPI']);
  });

  it('says so when its save did not survive a concurrent one, keeps the draft unsaved, and merges', async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    try {
      const editor = await renderEditor();
      act(() => editor.state.kpiTab.apply({ ...editor.state.draft.kpis[0], name: 'Deploys per day' }, 'deploys'));
      fireEvent.click(screen.getByTestId(testIds.editor.save));
      await screen.findByText('Catalog saved');
      // Another admin read version 7 as well; their write lands after our read-back, and wins.
      const theirs = catalogOf([stored().kpis[0], { ...stored().kpis[1], name: 'MTTR (theirs)' }], {
        objectives: stored().objectives,
      });
      mockBackend.saveElsewhere({ catalog: theirs, catalogVersion: 8, catalogSaves: [{ version: 8, id: 'other' }] });
      await act(async () => {
        jest.advanceTimersByTime(RECHECK_MS);
      });
      expect(await screen.findByTestId(testIds.editor.lost)).toHaveTextContent(
        'Your save did not survive: another admin saved at the same moment'
      );
      expect(editor.isDirty()).toBe(true);
      expect(editor.state.draft.kpis[0].name).toBe('Deploys per day');
      fireEvent.click(screen.getByRole('button', { name: 'Merge my changes onto their version' }));
      expect(editor.state.draft.kpis.map((k) => k.name)).toEqual(['Deploys per day', 'MTTR (theirs)']);
    } finally {
      jest.useRealTimers();
    }
  });

  it("shows Grafana's own words when the settings cannot be loaded or saved", async () => {
    mockBackend = fakeSettingsBackend({ catalog: stored(), catalogVersion: 7 });
    // A FetchError: the server's message wins over the status text.
    const refused = { status: 500, statusText: 'Internal Server Error', data: { message: 'database is locked' } };
    mockBackend.backendSrv.fetch.mockReturnValueOnce(throwError(() => refused));
    const editor = new CatalogEditorScene();
    renderScene(new EmbeddedScene({ body: editor }));
    expect(await screen.findByText('database is locked')).toBeInTheDocument();
    expect(screen.getByText('The settings could not be loaded')).toBeInTheDocument();

    await act(() => editor.load());
    act(() => editor.state.kpiTab.apply({ ...editor.state.draft.kpis[0], name: 'Deploys per day' }, 'deploys'));
    const fetch = mockBackend.backendSrv.fetch.getMockImplementation()!;
    // Without a message of its own, the status text says what went wrong.
    mockBackend.backendSrv.fetch.mockImplementation((options) =>
      options.method === 'POST' ? throwError(() => ({ status: 502, statusText: 'Bad Gateway' })) : fetch(options)
    );
    fireEvent.click(screen.getByTestId(testIds.editor.save));
    expect(await screen.findByText('Saving failed; your changes are still here')).toBeInTheDocument();
    expect(screen.getByText('Bad Gateway')).toBeInTheDocument();
    expect(editor.state.draft.kpis[0].name).toBe('Deploys per day');
  });

  it('previews an import (added, changed with a new revision, removed) and saves nothing until asked', async () => {
    const editor = await renderEditor();
    act(() => editor.setTab('import'));
    const incoming = catalogOf(
      [
        makeKpi({ id: 'deploys', name: 'Deployment frequency', target: { value: 20 } }),
        makeKpi({ id: 'nps', name: '<b>NPS</b>', query: { datasource: { uid: 'p' }, expr: 'n' } }),
      ],
      { objectives: [...stored().objectives!, { id: 'growth', title: 'Grow' }] }
    );
    fireEvent.change(screen.getByTestId(testIds.editor.importText), { target: { value: catalogToYaml(incoming) } });
    // Read once typing pauses (IncomingReview); merge, the default: the KPI the file does not name is kept.
    let preview = await screen.findByTestId(testIds.editor.importPreview);
    expect(preview).toHaveTextContent('added<b>NPS</b> (nps)');
    expect(preview).toHaveTextContent('changed, new revisionDeployment frequency (deploys)');
    expect(preview).toHaveTextContent('keptTime to restore (mttr)');
    expect(preview).not.toHaveTextContent('removed');
    // Replace: the file becomes the catalog.
    fireEvent.click(screen.getByRole('radio', { name: 'Replace' }));
    preview = screen.getByTestId(testIds.editor.importPreview);
    expect(preview).toHaveTextContent('removedTime to restore (mttr)');
    expect(preview).toHaveTextContent('Objectives added: growth');
    expect(preview.querySelector('b')).toBeNull();
    expect(mockBackend.posts).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Apply to draft (then save)' }));
    expect(editor.state.draft.kpis.map((k) => [k.id, k.revision])).toEqual([
      ['deploys', 2],
      ['nps', 1],
    ]);
  });

  it('lists every error of a bad import and offers no way to apply it', async () => {
    const editor = await renderEditor();
    act(() => editor.setTab('import'));
    fireEvent.change(screen.getByTestId(testIds.editor.importText), {
      target: { value: catalogToYaml(catalogOf([makeKpi({ owner: '' }), makeKpi({ id: 'x', window: '7x' })])) },
    });
    expect(await screen.findByText('2 errors: fix them before applying')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Apply/ })).toBeNull();
  });

  it('warns before applying a provisioning file where Grafana would read $NAME from the environment', async () => {
    const editor = await renderEditor();
    act(() => editor.setTab('import'));
    const kpi = makeKpi({ id: 'latency', query: { datasource: { uid: 'p' }, expr: 'rate(x[$__rate_interval])' } });
    const file = stringify({
      apiVersion: 1,
      apps: [{ type: 'kpi-scorecards-app', jsonData: { catalog: catalogOf([kpi]) } }],
    });
    act(() => editor.state.importTab.setMode('replace'));
    fireEvent.change(screen.getByTestId(testIds.editor.importText), { target: { value: file } });
    expect(
      await screen.findByText(
        /^apps\[0\]\.jsonData\.catalog\.kpis\[0\] \(latency\)\.query\.expr: Grafana replaces \$__rate_interval with the environment variable/
      )
    ).toBeInTheDocument();
    // A warning, as in `kpi validate`: the catalog can still be applied, exactly as written.
    fireEvent.click(screen.getByRole('button', { name: 'Apply to draft (then save)' }));
    expect(editor.state.draft.kpis.map((k) => [k.id, k.query.expr])).toEqual([
      ['latency', 'rate(x[$__rate_interval])'],
    ]);
  });

  it('edits a KPI and an objective listed after an entry that is not an object, and keeps that entry', async () => {
    const editor = await renderEditor({
      catalog: { ...stored(), kpis: [null, ...stored().kpis], objectives: ['speed', ...stored().objectives!] },
      catalogVersion: 7,
    });
    act(() => editor.state.kpiTab.open('mttr'));
    expect(screen.getByRole('heading', { name: 'Edit Time to restore' })).toBeInTheDocument();
    fireEvent.change(input('owner'), { target: { value: 'kim@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply to draft' }));
    expect(editor.state.draft.kpis.map((k) => k && [k.id, k.owner])).toEqual([
      null,
      ['deploys', 'jane@example.com'],
      ['mttr', 'kim@example.com'],
    ]);

    act(() => editor.state.objectiveTab.open('speed'));
    fireEvent.change(input('objective title'), { target: { value: 'Ship much faster' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply to draft' }));
    expect(screen.getByRole('heading', { name: 'Ship much faster' })).toBeInTheDocument();
    expect(editor.state.draft.objectives).toEqual(['speed', { id: 'speed', title: 'Ship much faster' }]);
  });

  it('says when the objective, scorecard or KPI to edit is not in the draft, and offers the list or a new one', async () => {
    const editor = await renderEditor();
    act(() => editor.state.kpiTab.apply({ ...editor.state.draft.kpis[0], name: 'Deploys per day' }, 'deploys'));
    act(() => editor.state.objectiveTab.open('speed'));
    expect(input('objective title')).toHaveValue('Ship faster');
    // Meanwhile the objective goes, as when the YAML tab or an import applies a catalog without it.
    fireEvent.click(screen.getByRole('tab', { name: 'YAML' }));
    act(() => editor.applyCatalog({ ...editor.state.draft, objectives: [] }));
    fireEvent.click(screen.getByRole('tab', { name: 'Objectives (0)' }));
    expect(screen.getByText('No objective "speed" in the draft')).toBeInTheDocument();
    expect(screen.getByText(/The draft is unchanged/)).toBeInTheDocument();
    // Not an empty form locked to the id it cannot find.
    expect(screen.queryByLabelText('objective id')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Back to the list' }));
    expect(screen.queryByText('No objective "speed" in the draft')).toBeNull();
    expect(screen.getByRole('button', { name: 'New objective' })).toBeInTheDocument();

    act(() => editor.state.scorecardTab.open('exec-weekly'));
    expect(screen.getByText('No scorecard "exec-weekly" in the draft')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'New scorecard' }));
    expect(input('scorecard id')).toHaveValue('');
    expect(input('scorecard id')).toBeEnabled();

    // A stale "Edit KPI" link: a message and a link to the list, not an empty form.
    act(() => locationService.push(kpiFormUrl('gone')));
    expect(screen.getByText('No KPI "gone" in the draft')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the list' })).toHaveAttribute('href', manageUrl());
    fireEvent.click(screen.getByRole('button', { name: 'New KPI' }));
    expect(screen.getByRole('heading', { name: 'New KPI' })).toBeInTheDocument();
    expect(input('id')).toBeEnabled();

    // Nothing of the draft was lost on the way.
    expect(editor.state.draft.kpis.map((k) => k.name)).toEqual(['Deploys per day', 'Time to restore']);
    expect(editor.isDirty()).toBe(true);
  });

  it('shows an entry that is not an object at its place, with its problem and the way to fix it', async () => {
    const editor = await renderEditor({
      catalog: {
        ...stored(),
        kpis: [...stored().kpis, null],
        objectives: ['speed', ...stored().objectives!],
        scorecards: [7],
      },
      catalogVersion: 7,
    });
    const row = screen.getByText('kpis[2]').closest('tr')!;
    expect(row).toHaveTextContent('must be an object, got null');
    expect(row).toHaveTextContent('fix or remove it in the YAML tab');
    expect(within(row).queryByRole('button', { name: 'Edit' })).toBeNull();
    // The KPIs around it keep their rows and their Edit.
    expect(screen.getByText('Time to restore').closest('tr')).toHaveTextContent('mttr');
    expect(screen.getAllByRole('button', { name: 'Edit' })).toHaveLength(2);

    fireEvent.click(screen.getByRole('tab', { name: 'Objectives (2)' }));
    const entry = screen.getByRole('heading', { name: 'objectives[0]' }).parentElement!;
    expect(entry).toHaveTextContent('must be an object, got "speed"');
    expect(screen.getByRole('heading', { name: 'Ship faster' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('tab', { name: 'Scorecards (1)' }));
    expect(screen.getByRole('heading', { name: 'scorecards[0]' }).parentElement).toHaveTextContent(
      'must be an object, got 7'
    );
    fireEvent.click(screen.getByRole('button', { name: 'Fix in the YAML tab' }));
    expect(editor.state.tab).toBe('yaml');
    expect(await screen.findByText('3 errors: fix them before applying')).toBeInTheDocument();
    expect(screen.getByText('kpis[2]: must be an object, got null')).toBeInTheDocument();
    expect(editor.state.draft.kpis).toHaveLength(3);
  });

  it('names what deleting a KPI changes, and does not turn a scorecard that picked only it into every KPI', async () => {
    const [deploys, mttr] = stored().kpis;
    const editor = await renderEditor({
      catalog: {
        ...stored(),
        kpis: [{ ...deploys, drives: ['mttr'] }, mttr],
        scorecards: [
          { id: 'recovery', title: 'Recovery', select: { ids: ['mttr'] } },
          { id: 'both', title: 'Both', select: { ids: ['deploys', 'mttr'] } },
        ],
      },
      catalogVersion: 7,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Delete kpis[1] (mttr)' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('These KPIs no longer drive it: "Deployment frequency"');
    expect(dialog).toHaveTextContent('These scorecards no longer show it: "Both"');
    expect(dialog).toHaveTextContent('These scorecards pick only this KPI: "Recovery".');
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeDisabled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open the Scorecards tab' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(editor.state.tab).toBe('scorecards');
    expect(editor.state.draft.kpis).toHaveLength(2);

    // Once that scorecard picks something else, the delete goes ahead and the other scorecard keeps its own KPI.
    act(() =>
      editor.state.scorecardTab.apply({ id: 'recovery', title: 'Recovery', select: { type: 'lagging' } }, 'recovery')
    );
    fireEvent.click(screen.getByRole('tab', { name: 'KPIs (2)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete kpis[1] (mttr)' }));
    expect(screen.getByRole('dialog')).not.toHaveTextContent('pick only this KPI');
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(editor.state.draft.kpis.map((k) => [k.id, k.drives])).toEqual([['deploys', []]]);
    expect(editor.state.draft.scorecards?.map((s) => s.select)).toEqual([{ type: 'lagging' }, { ids: ['deploys'] }]);
  });

  describe('items whose id is missing or repeated (a catalog written as YAML)', () => {
    const row = (name: string) => screen.getByText(name).closest('tr')!;
    const confirmDelete = async () => {
      fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    };

    it('offers the YAML tab instead of Edit, and deletes only the KPI at its row', async () => {
      const { id: _a, ...noIdA } = makeKpi({ name: 'No id A', query: { datasource: { uid: 'p' }, expr: 'a' } });
      const { id: _b, ...noIdB } = makeKpi({ name: 'No id B', query: { datasource: { uid: 'p' }, expr: 'b' } });
      const twin = makeKpi({ id: 'mttr', name: 'Restore twin', query: { datasource: { uid: 'p' }, expr: 't' } });
      const editor = await renderEditor({
        catalog: { ...stored(), kpis: [...stored().kpis, twin, noIdA, noIdB] },
        catalogVersion: 7,
      });
      expect(within(row('Deployment frequency')).getByRole('button', { name: 'Edit' })).toBeInTheDocument();
      for (const name of ['Time to restore', 'Restore twin', 'No id A', 'No id B']) {
        expect(within(row(name)).queryByRole('button', { name: 'Edit' })).toBeNull();
        expect(within(row(name)).getByRole('button', { name: 'Fix in the YAML tab' })).toBeInTheDocument();
      }

      fireEvent.click(screen.getByRole('button', { name: 'Delete kpis[2] (mttr)' }));
      await confirmDelete();
      fireEvent.click(screen.getByRole('button', { name: 'Delete kpis[2]' }));
      await confirmDelete();
      expect(editor.state.draft.kpis.map((k) => k.name)).toEqual([
        'Deployment frequency',
        'Time to restore',
        'No id B',
      ]);

      // Its id is its own again: Edit opens this KPI.
      fireEvent.click(within(row('Time to restore')).getByRole('button', { name: 'Edit' }));
      expect(screen.getByRole('heading', { name: 'Edit Time to restore' })).toBeInTheDocument();
    });

    it('lists objectives and scorecards by place, and deletes only the one asked for', async () => {
      const errors = jest.spyOn(console, 'error');
      const editor = await renderEditor({
        catalog: {
          ...stored(),
          objectives: [...stored().objectives!, { id: 'speed', title: 'Ship twice' }],
          scorecards: [
            { id: 'exec', title: 'Exec one', select: {} },
            { id: 'exec', title: 'Exec two', select: {} },
          ],
        },
        catalogVersion: 7,
      });
      fireEvent.click(screen.getByRole('tab', { name: 'Objectives (2)' }));
      expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
      expect(screen.getAllByRole('button', { name: 'Fix in the YAML tab' })).toHaveLength(2);
      fireEvent.click(screen.getAllByRole('button', { name: 'Delete' })[1]);
      await confirmDelete();
      expect(editor.state.draft.objectives).toEqual(stored().objectives);
      expect(editor.state.draft.kpis).toEqual(stored().kpis);
      expect(screen.getByRole('button', { name: 'Edit' })).toBeInTheDocument();

      fireEvent.click(screen.getByRole('tab', { name: 'Scorecards (2)' }));
      fireEvent.click(screen.getAllByRole('button', { name: 'Delete' })[0]);
      await confirmDelete();
      expect(editor.state.draft.scorecards?.map((s) => s.title)).toEqual(['Exec two']);
      // Cards are keyed by place: React saw no two with one key.
      expect(errors.mock.calls.flat().join(' ')).not.toMatch(/same key/);
      errors.mockRestore();
    });
  });

  it('creates an objective with inline validation', async () => {
    const editor = await renderEditor();
    act(() => editor.state.objectiveTab.open(NEW_ITEM));
    fireEvent.change(input('objective id'), { target: { value: 'Speed!' } });
    expect(
      screen.getByText("'Speed!' is not a slug: use only lowercase letters, digits and hyphens (a-z, 0-9, -)")
    ).toBeInTheDocument();
    fireEvent.change(input('objective title'), { target: { value: 'Grow' } });
    // A new objective with a taken id is a duplicate, never a silent replacement of the other one.
    fireEvent.change(input('objective id'), { target: { value: 'speed' } });
    expect(screen.getByText('duplicate id, also objectives[0]')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Apply to draft' }));
    expect(editor.state.draft.objectives).toEqual([{ id: 'speed', title: 'Ship faster' }]);
    fireEvent.change(input('objective id'), { target: { value: 'growth' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply to draft' }));
    expect(editor.state.draft.objectives?.map((o) => o.id)).toEqual(['speed', 'growth']);
  });

  it('shows the draft as YAML with the same validation as the import', async () => {
    const editor = await renderEditor();
    act(() => editor.setTab('yaml'));
    expect(await screen.findByText('Nothing: it is the same catalog')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Apply YAML to draft' })).toBeInTheDocument();
  });

  it('says a provisioned catalog is replaced on the next provisioning', async () => {
    await renderEditor({ catalog: stored(), catalogVersion: 1, provisioned: true });
    expect(screen.getByTestId(testIds.editor.provisioned)).toHaveTextContent(
      'replaced the next time Grafana provisions the app'
    );
  });

  describe('scorecards tab', () => {
    beforeEach(sizeElementsForComboboxes);
    afterEach(() => jest.restoreAllMocks()); // undoes the sizes

    const withScorecard = () => ({
      catalog: {
        ...stored(),
        scorecards: [{ id: 'exec-weekly', title: 'Executive weekly', select: { type: 'lagging' }, layout: 'cards' }],
      },
      catalogVersion: 7,
    });
    const openTab = (count: number) => fireEvent.click(screen.getByRole('tab', { name: `Scorecards (${count})` }));
    /** Opens a combobox by its label (a multi-combobox stays open) and clicks one of its options, as a user does. */
    const choose = async (label: string, option: RegExp) => {
      const combobox = screen.getByLabelText(label);
      if (combobox.getAttribute('aria-expanded') !== 'true') {
        fireEvent.click(combobox);
      }
      fireEvent.click(await screen.findByRole('option', { name: option }));
    };
    const apply = () => screen.getByRole('button', { name: 'Apply to draft' });
    /** A scorecard's card in the list, found by its title. */
    const card = (title: string) => screen.getByRole('heading', { name: title }).parentElement!;

    it('creates a scorecard by selector and lists it with what it selects', async () => {
      const editor = await renderEditor();
      openTab(0);
      fireEvent.click(screen.getByRole('button', { name: 'New scorecard' }));
      fireEvent.change(input('scorecard id'), { target: { value: 'exec-weekly' } });
      fireEvent.change(input('scorecard title'), { target: { value: 'Executive weekly' } });
      await choose('Objective', /^Ship faster/);
      await choose('Type', /^lagging/);
      fireEvent.click(screen.getByRole('radio', { name: 'Table' }));
      fireEvent.click(apply());

      expect(screen.getByRole('tab', { name: 'Scorecards (1)' })).toBeInTheDocument();
      expect(card('Executive weekly')).toHaveTextContent('exec-weekly|Type: lagging, Objective: Ship faster|Table');
      // Only the criteria that were set, as the spec writes them.
      expect(editor.state.draft.scorecards).toEqual([
        {
          id: 'exec-weekly',
          title: 'Executive weekly',
          select: { objective: 'speed', type: 'lagging' },
          layout: 'table',
        },
      ]);
      expect(catalogToYaml(editor.state.draft)).toContain(
        'scorecards:\n  - id: exec-weekly\n    title: Executive weekly\n    select:\n      objective: speed\n      type: lagging\n    layout: table\n'
      );
    });

    it('creates a scorecard by id, only once a KPI is chosen, and shows the KPIs by name', async () => {
      const editor = await renderEditor();
      openTab(0);
      fireEvent.click(screen.getByRole('button', { name: 'New scorecard' }));
      fireEvent.change(input('scorecard id'), { target: { value: 'recovery' } });
      fireEvent.change(input('scorecard title'), { target: { value: 'Recovery' } });
      fireEvent.click(screen.getByRole('radio', { name: 'By id' }));
      expect(screen.getByText('choose at least one KPI')).toBeInTheDocument();
      expect(apply()).toHaveAttribute('aria-disabled', 'true');
      await choose('Chosen KPIs', /^Time to restore/);
      await choose('Chosen KPIs', /^Deployment frequency/);
      expect(screen.queryByText('choose at least one KPI')).toBeNull();
      fireEvent.click(apply());

      expect(card('Recovery')).toHaveTextContent('recovery|KPIs: Time to restore, Deployment frequency|Cards');
      expect(editor.state.draft.scorecards).toEqual([
        { id: 'recovery', title: 'Recovery', select: { ids: ['mttr', 'deploys'] }, layout: 'cards' },
      ]);
    });

    it('shows why a scorecard is invalid (empty title, taken id) and does not apply it', async () => {
      const editor = await renderEditor(withScorecard());
      openTab(1);
      fireEvent.click(screen.getByRole('button', { name: 'New scorecard' }));
      fireEvent.change(input('scorecard id'), { target: { value: 'exec-weekly' } });
      expect(screen.getByText('duplicate id, also scorecards[0]')).toBeInTheDocument();
      expect(screen.getByText('must not be empty')).toBeInTheDocument();
      expect(apply()).toHaveAttribute('aria-disabled', 'true');
      fireEvent.click(apply());
      expect(editor.state.draft.scorecards).toHaveLength(1);

      fireEvent.change(input('scorecard id'), { target: { value: 'exec-daily' } });
      fireEvent.change(input('scorecard title'), { target: { value: 'Executive daily' } });
      expect(screen.queryByText('duplicate id, also scorecards[0]')).toBeNull();
      expect(apply()).not.toHaveAttribute('aria-disabled', 'true');
      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(screen.getByRole('tab', { name: 'Scorecards (1)' })).toBeInTheDocument();
      expect(editor.state.draft.scorecards?.map((s) => s.id)).toEqual(['exec-weekly']);
    });

    it('edits a scorecard under the id it was created with', async () => {
      const editor = await renderEditor(withScorecard());
      openTab(1);
      fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
      expect(input('scorecard id')).toHaveValue('exec-weekly');
      expect(input('scorecard id')).toBeDisabled();
      expect(screen.getByLabelText('Type')).toHaveValue('lagging');
      fireEvent.change(input('scorecard title'), { target: { value: 'Board weekly' } });
      await choose('Team', /^platform/);
      fireEvent.click(apply());

      expect(card('Board weekly')).toHaveTextContent('exec-weekly|Team: platform, Type: lagging|Cards');
      expect(editor.state.draft.scorecards).toEqual([
        { id: 'exec-weekly', title: 'Board weekly', select: { type: 'lagging', team: 'platform' }, layout: 'cards' },
      ]);
      expect(editor.isDirty()).toBe(true);
    });

    it('keeps the selectors of a scorecard written with ids and selectors, and says so', async () => {
      const select = { ids: ['deploys', 'mttr'], type: 'lagging' };
      const editor = await renderEditor({
        catalog: { ...stored(), scorecards: [{ id: 'mixed', title: 'Mixed', select }] },
        catalogVersion: 7,
      });
      openTab(1);
      fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
      expect(
        screen.getByText('Only those that also match Type: lagging (kept; change it in the YAML tab)')
      ).toBeInTheDocument();
      fireEvent.change(input('scorecard title'), { target: { value: 'Mixed, renamed' } });
      fireEvent.click(apply());
      expect(editor.state.draft.scorecards).toEqual([{ id: 'mixed', title: 'Mixed, renamed', select }]);
    });

    it('lists and edits a scorecard written without a select instead of failing', async () => {
      const editor = await renderEditor({
        catalog: { ...stored(), scorecards: [{ id: 'bare', title: 'Bare' }] },
        catalogVersion: 7,
      });
      openTab(1);
      expect(card('Bare')).toHaveTextContent('bare|All KPIs|Cards');
      fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
      expect(screen.getByRole('radio', { name: 'By selector' })).toBeChecked();
      await choose('Type', /^lagging/);
      fireEvent.click(apply());
      expect(editor.state.draft.scorecards).toEqual([{ id: 'bare', title: 'Bare', select: { type: 'lagging' } }]);
    });

    it('names the problem of a select it cannot read, instead of "All KPIs", and warns before replacing it', async () => {
      const editor = await renderEditor({
        catalog: {
          ...stored(),
          scorecards: [
            { id: 'typo', title: 'Typo', select: 'team=platform' },
            { id: 'bad-ids', title: 'Bad ids', select: { ids: 'mttr', type: 'lagging' } },
          ],
        },
        catalogVersion: 7,
      });
      openTab(2);
      expect(card('Typo')).toHaveTextContent('typo|select: must be an object, got "team=platform"|Cards');
      expect(card('Bad ids')).toHaveTextContent('bad-ids|select.ids: must be an array, got "mttr"|Cards');
      expect(screen.queryByText('All KPIs')).toBeNull();

      fireEvent.click(within(card('Typo')).getByRole('button', { name: 'Edit' }));
      const warning = screen.getByRole('alert');
      expect(warning).toHaveTextContent('The KPIs this scorecard picks cannot be read');
      expect(warning).toHaveTextContent('select: must be an object, got "team=platform"');
      expect(warning).toHaveTextContent('Apply replaces it with the criteria chosen here');
      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      expect(editor.state.draft.scorecards?.[0].select).toBe('team=platform');
    });

    it('deletes a scorecard only after asking', async () => {
      const editor = await renderEditor(withScorecard());
      openTab(1);
      fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
      const dialog = screen.getByRole('dialog');
      expect(dialog).toHaveTextContent('Delete "Executive weekly"?');
      fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(screen.getByRole('heading', { name: 'Executive weekly' })).toBeInTheDocument();

      fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
      fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
      await waitFor(() => expect(screen.queryByRole('heading', { name: 'Executive weekly' })).toBeNull());
      expect(screen.getByRole('tab', { name: 'Scorecards (0)' })).toBeInTheDocument();
      expect(editor.state.draft.scorecards).toEqual([]);
    });

    it('keeps the scorecards tab in the URL', () => {
      const editor = new CatalogEditorScene();
      sceneUtils.syncStateFromSearchParams(editor, new URLSearchParams({ tab: 'scorecards' }));
      expect(editor.state.tab).toBe('scorecards');
      expect(sceneUtils.getUrlState(editor)).toEqual({ tab: 'scorecards' });
    });
  });
});

describe('CatalogEditorScene: the size budget', () => {
  // Standalone: the admin is set here, not left over from the describe above (-t runs this one alone).
  beforeEach(() => asUser('Admin'));

  it('shows the draft`s size against the budget, and refuses an import that would pass it, keeping the text', async () => {
    const editor = await renderEditor({ catalog: stored(), catalogVersion: 7, catalogBudgetKiB: 4 });
    expect(await screen.findByTestId(testIds.editor.size)).toHaveTextContent(/^\d KB of 4 KB$/);
    act(() => editor.setTab('import'));
    const many = catalogOf(
      Array.from({ length: 12 }, (_, i) =>
        makeKpi({ id: `k-${i}`, query: { datasource: { uid: 'p' }, expr: `k${i}` } })
      )
    );
    const text = catalogToYaml(many);
    fireEvent.change(screen.getByTestId(testIds.editor.importText), { target: { value: text } });
    // The Import tab reads the text once typing pauses.
    expect(await screen.findByText('Too big to apply', undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(/over its size budget of 4\.0 KiB/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Apply to draft (then save)' })).toBeNull();
    expect(screen.getByTestId(testIds.editor.importText)).toHaveValue(text);
  });

  it('refuses a save that would pass the budget, naming it, writes nothing and keeps every edit', async () => {
    const editor = await renderEditor({ catalog: stored(), catalogVersion: 7, catalogBudgetKiB: 2 });
    const description = 'Why it matters, in words. '.repeat(60);
    act(() => editor.state.kpiTab.apply({ ...editor.state.draft.kpis[0], description }, 'deploys'));
    fireEvent.click(screen.getByTestId(testIds.editor.save));
    expect(await screen.findByText(/over its size budget of 2\.0 KiB/)).toBeInTheDocument();
    expect(mockBackend.posts).toHaveLength(0);
    expect(editor.state.draft.kpis[0].description).toBe(description);
    expect(editor.isDirty()).toBe(true);
  });
});
