/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { setDataSourceSrv } from '@grafana/runtime';
import { act, fireEvent, screen } from '@testing-library/react';

import { manageUrl } from '../../routing';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { asUser, catalogOf, fakeDataSourceSrv, } from '../shared/testing/pageTestKit';
import { renderAppPages } from '../shared/testing/renderAppPages';
import { CatalogEditorScene } from './CatalogEditorScene';
import { managePage } from './managePage';

/** Issue #19.4: a KPI's weight in its objective's weighted roll-up is edited in the form, as the catalog rules it. */
const mockDs = fakeDataSourceSrv({});
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getDataSourceSrv: () => mockDs.srv,
}));

beforeEach(() => {
  asUser('Admin');
  setDataSourceSrv(mockDs.srv as never);
});

function openDeploys() {
  const catalog = catalogOf([makeKpi({ id: 'deploys', objective: 'speed' })], {
    objectives: [{ id: 'speed', title: 'Ship faster', rollUp: 'weighted' }],
  });
  const editor = new CatalogEditorScene({ phase: 'ready', saved: catalog, draft: catalog });
  renderAppPages([managePage(editor)], manageUrl());
  act(() => editor.state.kpiTab.open('deploys'));
  return editor;
}

it('refuses a weight of 0 or text at the weight field, and applies a weight above 0', () => {
  const editor = openDeploys();
  const weight = screen.getByRole('textbox', { name: 'weight' });
  expect(weight).toHaveValue('');
  fireEvent.change(weight, { target: { value: '0' } });
  expect(screen.getByText('must be a number above 0')).toBeInTheDocument();
  fireEvent.change(weight, { target: { value: 'heavy' } });
  expect(screen.getByText(/NaN/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Apply to draft' })).toHaveAttribute('aria-disabled', 'true');

  fireEvent.change(weight, { target: { value: '2.5' } });
  fireEvent.click(screen.getByRole('button', { name: 'Apply to draft' }));
  expect(editor.state.draft.kpis[0].weight).toBe(2.5);
});

it('leaves the weight out of the catalog when the field is cleared (the default 1)', () => {
  const editor = openDeploys();
  fireEvent.change(screen.getByRole('textbox', { name: 'weight' }), { target: { value: '3' } });
  fireEvent.change(screen.getByRole('textbox', { name: 'weight' }), { target: { value: '' } });
  fireEvent.change(screen.getByRole('textbox', { name: 'owner' }), { target: { value: 'kim@example.com' } });
  fireEvent.click(screen.getByRole('button', { name: 'Apply to draft' }));
  expect(editor.state.draft.kpis[0]).not.toHaveProperty('weight');
});
