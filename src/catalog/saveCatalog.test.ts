/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { KpiCatalog } from '../kpi/types';
import { fetchCatalog } from '../query/catalogSettings';
import { fakeSettingsBackend } from './testing/fakeSettingsBackend';
import { saveCatalog } from './saveCatalog';

let mockBackend = fakeSettingsBackend({});
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getBackendSrv: () => mockBackend.backendSrv,
}));

const catalog = (kpis = [makeKpi()]): KpiCatalog => ({ apiVersion: 'kpi-scorecards/v1', kind: 'KpiCatalog', kpis });

describe('saveCatalog', () => {
  it('round-trips: what is saved is what the app reads back, with the version one up and other settings kept', async () => {
    mockBackend = fakeSettingsBackend({ catalog: catalog([]), catalogVersion: 4, provisioned: true });
    const outcome = await saveCatalog(catalog(), 4);
    expect(outcome).toMatchObject({ kind: 'saved', version: 5 });
    expect(mockBackend.posts).toHaveLength(1);
    expect(mockBackend.posts[0]).toMatchObject({
      enabled: true,
      pinned: true,
      jsonData: { catalogVersion: 5, provisioned: true },
    });
    const read = await fetchCatalog();
    expect(read.validation.catalog).toEqual(catalog());
    expect(read.jsonData.catalogVersion).toBe(5);
  });

  it('writes only through the plugin settings endpoint, reading it first', async () => {
    mockBackend = fakeSettingsBackend({ catalogVersion: 0 });
    await saveCatalog(catalog(), 0);
    expect(mockBackend.backendSrv.fetch.mock.calls.map(([o]) => [o.method ?? 'GET', o.url])).toEqual([
      ['GET', '/api/plugins/kpi-scorecards-app/settings'],
      ['POST', '/api/plugins/kpi-scorecards-app/settings'],
    ]);
  });

  it('refuses to overwrite when someone else saved since the editor loaded, and writes nothing', async () => {
    mockBackend = fakeSettingsBackend({ catalog: catalog([]), catalogVersion: 2 });
    const theirs = { catalog: catalog([makeKpi({ id: 'theirs' })]), catalogVersion: 3 };
    mockBackend.saveElsewhere(theirs);
    const outcome = await saveCatalog(catalog(), 2);
    expect(outcome).toEqual({ kind: 'conflict', theirVersion: 3, theirJsonData: theirs });
    expect(mockBackend.posts).toHaveLength(0);
    expect(mockBackend.store.settings.jsonData).toEqual(theirs);
  });

  it('never saves a catalog with errors, and says which', async () => {
    mockBackend = fakeSettingsBackend({ catalogVersion: 1 });
    const outcome = await saveCatalog(catalog([makeKpi({ owner: '' })]), 1);
    expect(outcome.kind).toBe('invalid');
    expect(outcome.kind === 'invalid' && outcome.messages[0]).toContain('kpis[0] (deployment-frequency).owner');
    expect(mockBackend.backendSrv.fetch).not.toHaveBeenCalled();
  });
});
