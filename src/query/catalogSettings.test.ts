/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { fakeSettingsBackend } from '../catalog/testing/fakeSettingsBackend';
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { fetchCatalog } from './catalogSettings';

let mockBackend = fakeSettingsBackend({});
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getBackendSrv: () => mockBackend.backendSrv,
}));

const catalog = (name: string) => ({
  apiVersion: 'kpi-scorecards/v1',
  kind: 'KpiCatalog',
  kpis: [makeKpi({ name })],
});

describe('fetchCatalog', () => {
  it('gives the same validated catalog for the same settings, so panels and refreshes share it', async () => {
    mockBackend = fakeSettingsBackend({ catalog: catalog('Deploys'), catalogVersion: 1 });
    const first = await fetchCatalog();
    const again = await fetchCatalog();
    expect(again).toBe(first);
    expect(first.validation.catalog.kpis?.[0].name).toBe('Deploys');
  });

  it('reads the catalog again when the settings changed', async () => {
    mockBackend = fakeSettingsBackend({ catalog: catalog('Deploys'), catalogVersion: 1 });
    const before = await fetchCatalog();
    mockBackend = fakeSettingsBackend({ catalog: catalog('Deploys per day'), catalogVersion: 2 });
    const after = await fetchCatalog();
    expect(after).not.toBe(before);
    expect(after.validation.catalog.kpis?.[0].name).toBe('Deploys per day');
  });
});
