import { type KpiCatalog } from '../kpi/types';
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { applyImport, diffCatalogs } from './importDiff';
import { importedCatalog } from './importMerge';

const catalogOf = (kpis: KpiCatalog['kpis'], rest: Partial<KpiCatalog> = {}): KpiCatalog => ({
  apiVersion: 'kpi-scorecards/v1',
  kind: 'KpiCatalog',
  kpis,
  ...rest,
});
const current = catalogOf([makeKpi({ id: 'a' }), makeKpi({ id: 'b' }), makeKpi({ id: 'c' })], {
  objectives: [{ id: 'speed', title: 'Ship faster' }],
  scorecards: [{ id: 'all', title: 'All', select: {} }],
});
const oneKpi = catalogOf([makeKpi({ id: 'b', name: 'B renamed' }), makeKpi({ id: 'new' })]);

describe('import: replace or merge', () => {
  it('merge adds new KPIs, updates changed ones by id in place, and keeps the rest with objectives and scorecards', () => {
    const merged = importedCatalog(current, oneKpi, 'merge');
    expect(merged.kpis.map((k) => [k.id, k.name])).toEqual([
      ['a', 'Deployment frequency'],
      ['b', 'B renamed'],
      ['c', 'Deployment frequency'],
      ['new', 'Deployment frequency'],
    ]);
    expect(merged.objectives).toEqual(current.objectives);
    expect(merged.scorecards).toEqual(current.scorecards);
    const diff = diffCatalogs(current, merged);
    expect(diff.kpis.added.map((k) => k.id)).toEqual(['new']);
    expect(diff.kpis.changed.map((k) => k.id)).toEqual(['b']);
    expect(diff.kpis.removed).toEqual([]);
    expect(diff.kpis.unchanged).toBe(2);
  });

  it('replace makes the file the catalog: what it lacks is removed', () => {
    const diff = diffCatalogs(current, importedCatalog(current, oneKpi, 'replace'));
    expect(diff.kpis.removed.map((k) => k.id)).toEqual(['a', 'c']);
    expect(diff.objectives.removed).toEqual(['speed']);
  });

  it('a merged import records the change in the updated KPI`s history only', () => {
    const author = { by: 'jane', at: '2026-03-18T12:00:00Z' };
    const base = applyImport(catalogOf([]), current, author);
    const after = applyImport(base, importedCatalog(base, oneKpi, 'merge'), author);
    expect(after.kpis.map((k) => k.history?.length)).toEqual([1, 2, 1, 1]);
    expect(after.kpis[1].history?.[1].changes).toEqual(['name: Deployment frequency -> B renamed']);
  });
});
