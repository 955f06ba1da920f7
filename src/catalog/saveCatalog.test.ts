/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { type KpiCatalog } from '../kpi/types';
import { fetchCatalog } from '../query/catalogSettings';
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { confirmSaved, saveCatalog } from './saveCatalog';
import { fakeSettingsBackend } from './testing/fakeSettingsBackend';

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
      ['GET', '/api/plugins/kpi-scorecards-app/settings'],
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

  it('reads back after writing: a save that a concurrent one replaced is "lost", naming their version', async () => {
    mockBackend = fakeSettingsBackend({ catalog: catalog([]), catalogVersion: 2 });
    // The other admin read version 2 too; their write lands right after ours, and wins.
    const theirs = { catalog: catalog([makeKpi({ id: 'theirs' })]), catalogVersion: 3, catalogSaves: [] };
    mockBackend.afterPost.push(() => mockBackend.saveElsewhere(theirs));
    const outcome = await saveCatalog(catalog(), 2);
    expect(outcome).toEqual({ kind: 'lost', theirVersion: 3, theirJsonData: theirs });
    expect(mockBackend.posts).toHaveLength(1);
  });

  it('a save stands when others saved on top of it since: its mark is in their lineage', async () => {
    mockBackend = fakeSettingsBackend({ catalogVersion: 0 });
    const first = await saveCatalog(catalog(), 0);
    expect(first.kind).toBe('saved');
    const second = await saveCatalog(catalog([makeKpi(), makeKpi({ id: 'second' })]), 1);
    expect(second.kind).toBe('saved');
    expect(first.kind === 'saved' && (await confirmSaved(first.mark))).toBeUndefined();
    expect(mockBackend.store.settings.jsonData?.catalogSaves?.map((m) => m.version)).toEqual([1, 2]);
  });

  it('refuses a catalog over the size budget before writing, naming its size and the budget', async () => {
    const big = catalog(
      Array.from({ length: 120 }, (_, i) => makeKpi({ id: `kpi-${i}`, description: 'x'.repeat(500) }))
    );
    mockBackend = fakeSettingsBackend({ catalogVersion: 1 });
    const outcome = await saveCatalog(big, 1);
    expect(outcome.kind).toBe('invalid');
    expect(outcome.kind === 'invalid' && outcome.messages[0]).toMatch(
      /^the catalog is \d+\.\d KiB as stored .* over its size budget of 64\.0 KiB/
    );
    expect(mockBackend.posts).toHaveLength(0);
    // An admin of a Grafana on PostgreSQL raised the budget: the same catalog saves.
    mockBackend = fakeSettingsBackend({ catalogVersion: 1, catalogBudgetKiB: 1024 });
    expect((await saveCatalog(big, 1)).kind).toBe('saved');
  });
});
