/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { setDataSourceSrv } from '@grafana/runtime';
import { act, screen } from '@testing-library/react';

import { type KpiCatalog } from '../../kpi/types';
import { manageUrl } from '../../routing';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { testIds } from '../../testIds';
import { asUser, catalogOf, fakeDataSourceSrv, } from '../shared/testing/pageTestKit';
import { renderAppPages } from '../shared/testing/renderAppPages';
import { CatalogEditorScene } from './CatalogEditorScene';
import { managePage } from './managePage';

/**
 * A KPI whose history is not a list cannot have a form edit recorded in it (reviseKpi refuses): the form opens,
 * names the place, says to fix it in the YAML tab, and offers no Apply; nothing of the history is dropped.
 */
const mockDs = fakeDataSourceSrv({});
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getDataSourceSrv: () => mockDs.srv,
}));

beforeEach(() => {
  asUser('Admin');
  // The datasource picker reads the instance that was set, not getDataSourceSrv.
  setDataSourceSrv(mockDs.srv as never);
});

it('the KPI form of a KPI whose history is not a list names it and does not apply', async () => {
  const history = { first: 'kept as written' };
  const catalog = catalogOf([
    makeKpi({ id: 'deploys' }),
    { ...makeKpi({ id: 'mttr', type: 'lagging' }), revision: 2, history },
  ] as unknown as KpiCatalog['kpis']);
  const editor = new CatalogEditorScene({ phase: 'ready', saved: catalog, draft: catalog });
  renderAppPages([managePage(editor)], manageUrl());
  act(() => editor.state.kpiTab.open('mttr'));

  const alert = await screen.findByTestId(testIds.editor.historyError);
  expect(alert).toHaveTextContent('Fix the revision history in the YAML tab');
  expect(alert).toHaveTextContent('kpis[1] (mttr).history: must be an array, got an object');
  expect(screen.getByRole('button', { name: 'Apply to draft' })).toHaveAttribute('aria-disabled', 'true');
  expect(editor.state.draft.kpis[1].history).toBe(history);
});
