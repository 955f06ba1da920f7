/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { setDataSourceSrv } from '@grafana/runtime';
import { fireEvent, screen } from '@testing-library/react';

import { manageUrl } from '../../routing';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { asUser, catalogOf, fakeDataSourceSrv, } from '../shared/testing/pageTestKit';
import { renderAppPages } from '../shared/testing/renderAppPages';
import { CatalogEditorScene } from './CatalogEditorScene';
import { managePage } from './managePage';

/** Issue #19.6: a new KPI's form is not red before anything is typed; Apply shows what is still missing. */
const mockDs = fakeDataSourceSrv({});
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getDataSourceSrv: () => mockDs.srv,
}));

// Re-read each time: with a tooltip ("Fix the errors first") the button is mounted anew.
const add = () => screen.getByRole('button', { name: 'Add KPI to draft' });

beforeEach(() => {
  asUser('Admin');
  setDataSourceSrv(mockDs.srv as never);
});

it('shows a new KPI errors only for the fields typed in', () => {
  const catalog = catalogOf([makeKpi({ id: 'deploys' })]);
  const editor = new CatalogEditorScene({ phase: 'ready', saved: catalog, draft: catalog });
  renderAppPages([managePage(editor)], manageUrl());
  fireEvent.click(screen.getByRole('button', { name: 'New KPI' }));
  expect(screen.getByRole('heading', { name: 'New KPI' })).toBeInTheDocument();
  expect(screen.queryByText(/must not be empty|could not be read/)).toBeNull();
  expect(add()).not.toHaveAttribute('aria-disabled', 'true');

  fireEvent.change(screen.getByRole('textbox', { name: 'id' }), { target: { value: 'Deploys Daily' } });
  expect(screen.getByText(/'Deploys Daily' is not a slug/)).toBeInTheDocument();
  expect(screen.queryByText(/must not be empty/)).toBeNull();
  expect(add()).toHaveAttribute('aria-disabled', 'true');
});

it('shows all of a new KPI errors on Apply, which applies nothing', () => {
  const catalog = catalogOf([makeKpi({ id: 'deploys' })]);
  const editor = new CatalogEditorScene({ phase: 'ready', saved: catalog, draft: catalog });
  renderAppPages([managePage(editor)], manageUrl());
  fireEvent.click(screen.getByRole('button', { name: 'New KPI' }));
  fireEvent.click(add());
  expect(screen.getAllByText(/must not be empty/).length).toBeGreaterThan(0);
  expect(add()).toHaveAttribute('aria-disabled', 'true');
  expect(editor.state.draft.kpis.map((k) => k.id)).toEqual(['deploys']);
});
