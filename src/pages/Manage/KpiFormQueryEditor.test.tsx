/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { type DataQueryRequest, type QueryEditorProps } from '@grafana/data';
import { setDataSourceSrv } from '@grafana/runtime';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import React from 'react';
import { of } from 'rxjs';

import '../../components/kpi/testing/canvasStub';
import { type Kpi } from '../../kpi/types';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { testIds } from '../../testIds';
import { catalogOf, fakeDataSourceSrv } from '../shared/testing/pageTestKit';
import { KpiForm } from './KpiForm';

/**
 * Issue #19.6: the KPI's query is written in its datasource's own query editor (ds.components.QueryEditor, as
 * Grafana's query row renders it), and the KPI's value and status show for it before anything is saved.
 */
type Query = { refId: string; expr?: string };

/** A datasource's editor as Grafana's are written: onChange with the whole query, then onRunQuery (on blur, Enter). */
function FakeEditor({ query, onChange, onRunQuery }: QueryEditorProps<never, Query>) {
  return (
    <>
      <input
        aria-label="PromQL"
        value={query.expr ?? ''}
        onChange={(e) => onChange({ ...query, expr: e.target.value })}
      />
      <button onClick={() => onRunQuery()}>Run query</button>
      <button
        onClick={() => {
          onChange({ ...query, expr: 'sum(up)' });
          onRunQuery();
        }}
      >
        Pick sum(up) and run
      </button>
    </>
  );
}

const fake = fakeDataSourceSrv({ preview: 42 });
const settings = {
  uid: 'prom',
  name: 'Prometheus',
  type: 'prometheus',
  meta: { id: 'prometheus', info: { logos: {} } },
};
const datasources = { ...fake, editor: FakeEditor as unknown, fails: '', answer: undefined as unknown };
const srv = {
  ...fake.srv,
  get: async (ref?: { uid?: string }) => {
    if (ref?.uid === datasources.fails) {
      throw new Error('Datasource prom was not found');
    }
    const ds = await fake.srv.get(ref);
    const query = (request: DataQueryRequest) => (datasources.answer ? of(datasources.answer) : ds.query(request));
    return { ...ds, uid: ref?.uid, query, components: datasources.editor ? { QueryEditor: datasources.editor } : {} };
  },
  getInstanceSettings: () => settings,
  getList: () => [settings],
};
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getDataSourceSrv: () => srv,
}));

const kpi = makeKpi({ id: 'deploys', query: { datasource: { type: 'prometheus', uid: 'prom' }, expr: 'up' } });

function renderForm(edited: Kpi = kpi) {
  const onApply = jest.fn();
  render(<KpiForm draft={catalogOf([edited])} originalId={edited.id} onApply={onApply} onCancel={() => {}} />);
  return onApply;
}

beforeEach(() => {
  setDataSourceSrv(srv as never);
  fake.requests.length = 0;
  Object.assign(datasources, { editor: FakeEditor, fails: '', answer: undefined });
});

it("writes what the datasource's own editor changes into the KPI's query, without the editor's refId", async () => {
  const onApply = renderForm();
  const promql = await screen.findByRole('textbox', { name: 'PromQL' });
  expect(promql).toHaveValue('up');
  fireEvent.change(promql, { target: { value: 'sum(rate(deploys_total[$__range]))' } });
  fireEvent.click(screen.getByRole('button', { name: 'Apply to draft' }));
  expect(onApply.mock.calls[0][0].query).toEqual({
    datasource: { type: 'prometheus', uid: 'prom' },
    expr: 'sum(rate(deploys_total[$__range]))',
  });
});

it("previews the KPI's value, status and target when the editor runs the query, with the query it just wrote", async () => {
  renderForm();
  fireEvent.click(await screen.findByRole('button', { name: 'Pick sum(up) and run' }));
  await waitFor(() => expect(screen.getByTestId(testIds.editor.previewValue)).toHaveTextContent('42'));
  expect(within(screen.getByTestId(testIds.editor.previewStatus)).getByText('On track')).toBeInTheDocument();
  expect(screen.getByTestId(testIds.editor.preview)).toHaveTextContent('Target ≥ 10');
  expect(fake.requests.flatMap((r) => r.targets.map((t) => (t as Query).expr))).toContain('sum(up)');
  expect(fake.requests.flatMap((r) => r.targets.map((t) => (t as Query).expr))).not.toContain('up');
});

it('runs no query while the admin types, only on a run or the Preview button, and says when it is outdated', async () => {
  renderForm();
  fireEvent.change(await screen.findByRole('textbox', { name: 'PromQL' }), { target: { value: 'sum(up)' } });
  expect(screen.queryByTestId(testIds.editor.preview)).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
  await waitFor(() => expect(screen.getByTestId(testIds.editor.previewValue)).toHaveTextContent('42'));
  const asked = fake.requests.length;

  // An edit after the preview asks nothing, and the preview says it shows the KPI as it was.
  fireEvent.change(screen.getByRole('textbox', { name: 'target' }), { target: { value: '50' } });
  expect(screen.getByTestId(testIds.editor.previewNote)).toHaveTextContent('Edited since this preview');
  expect(screen.getByTestId(testIds.editor.preview)).toHaveTextContent('Target ≥ 10');
  expect(fake.requests).toHaveLength(asked);
});

it("shows the datasource's own error when the query fails", async () => {
  datasources.answer = { data: [], errors: [{ refId: 'preview', message: 'parse error at char 5: unclosed (' }] };
  renderForm();
  fireEvent.click(await screen.findByRole('button', { name: 'Run query' }));
  expect(await screen.findByTestId(testIds.editor.previewError)).toHaveTextContent('parse error at char 5: unclosed (');
  expect(within(screen.getByTestId(testIds.editor.previewStatus)).getByText('Error')).toBeInTheDocument();
});

it('names the fields to fix instead of previewing a KPI that cannot be evaluated', async () => {
  renderForm(makeKpi({ ...kpi, window: '7x' }));
  fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
  expect(await screen.findByTestId(testIds.editor.previewProblems)).toHaveTextContent(/window: .*7x/);
  expect(fake.requests).toHaveLength(0);
});

it("shows a viewer variable the editor wrote as an error at the query, as the catalog's rules say", async () => {
  renderForm();
  fireEvent.change(await screen.findByRole('textbox', { name: 'PromQL' }), {
    target: { value: 'up{user="${__user.login}"}' },
  });
  expect(screen.getByText(/query\.expr: \$\{__user\.login\} is not a time macro/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Apply to draft' })).toHaveAttribute('aria-disabled', 'true');
});

it('edits the query as YAML on request', async () => {
  renderForm();
  fireEvent.click(await screen.findByRole('switch', { name: 'Edit as YAML' }));
  expect(screen.getByRole('textbox', { name: 'Query' })).toHaveValue('expr: up\n');
  expect(screen.queryByRole('textbox', { name: 'PromQL' })).toBeNull();
});

it('falls back to YAML with a word why for a datasource without a query editor', async () => {
  datasources.editor = undefined;
  renderForm();
  expect(await screen.findByText('This datasource has no query editor here')).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'Query' })).toHaveValue('expr: up\n');
});

it('says the datasource did not load, with its message, and offers the YAML', async () => {
  datasources.fails = 'prom';
  renderForm();
  expect(await screen.findByText('The datasource did not load')).toBeInTheDocument();
  expect(screen.getByText(/Datasource prom was not found/)).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'Query' })).toHaveValue('expr: up\n');
});
