/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { NEVER, throwError } from 'rxjs';

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

  it('sends one settings request for the panels that ask while it is on its way, and a new one after', async () => {
    mockBackend = fakeSettingsBackend({ catalog: catalog('Deploys'), catalogVersion: 1 });
    const panels = await Promise.all([fetchCatalog(), fetchCatalog(), fetchCatalog()]);
    expect(mockBackend.backendSrv.fetch).toHaveBeenCalledTimes(1);
    expect(panels[1]).toBe(panels[0]);

    mockBackend.saveElsewhere({ catalog: catalog('Deploys per day'), catalogVersion: 2 });
    const refreshed = await fetchCatalog();
    expect(mockBackend.backendSrv.fetch).toHaveBeenCalledTimes(2);
    expect(refreshed.validation.catalog.kpis?.[0].name).toBe('Deploys per day');
  });

  it('lets the next read try again after a failed one', async () => {
    mockBackend = fakeSettingsBackend({ catalog: catalog('Deploys'), catalogVersion: 1 });
    mockBackend.backendSrv.fetch.mockImplementationOnce(() => throwError(() => new Error('Bad Gateway')));
    await expect(fetchCatalog()).rejects.toThrow('Bad Gateway');
    expect((await fetchCatalog()).validation.catalog.kpis?.[0].name).toBe('Deploys');
  });

  it('does not join a read that has been on its way for a second: a hung request blocks no refresh', async () => {
    mockBackend = fakeSettingsBackend({ catalog: catalog('Deploys'), catalogVersion: 1 });
    mockBackend.backendSrv.fetch.mockImplementationOnce(() => NEVER);
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
    void fetchCatalog();
    now.mockReturnValue(1_001_000);
    expect((await fetchCatalog()).validation.catalog.kpis?.[0].name).toBe('Deploys');
    expect(mockBackend.backendSrv.fetch).toHaveBeenCalledTimes(2);
    now.mockRestore();
  });
});
