import { type KpiCatalog } from '../kpi/types';
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { mergeEdits } from './mergeEdits';

const catalogOf = (kpis = [makeKpi({ id: 'a' }), makeKpi({ id: 'b' }), makeKpi({ id: 'c' })]): KpiCatalog => ({
  apiVersion: 'kpi-scorecards/v1',
  kind: 'KpiCatalog',
  objectives: [{ id: 'speed', title: 'Ship faster' }],
  kpis,
});
const edit = (catalog: KpiCatalog, id: string, name: string): KpiCatalog => ({
  ...catalog,
  kpis: catalog.kpis.map((k) => (k.id === id ? { ...k, name } : k)),
});

describe('mergeEdits: my draft onto their save', () => {
  const base = catalogOf();

  it('keeps their edit to one KPI and takes mine to another: nothing of either is put back', () => {
    const mine = edit(base, 'a', 'mine');
    const theirs = edit(base, 'b', 'theirs');
    const { catalog, report } = mergeEdits(base, mine, theirs);
    expect(catalog.kpis.map((k) => [k.id, k.name])).toEqual([
      ['a', 'mine'],
      ['b', 'theirs'],
      ['c', 'Deployment frequency'],
    ]);
    expect(report).toEqual({ mine: [{ list: 'kpis', id: 'a' }], theirs: [{ list: 'kpis', id: 'b' }], both: [] });
  });

  it('adds my new KPIs after theirs, keeps theirs, and applies deletes from both sides', () => {
    const mine = { ...base, kpis: [...base.kpis.filter((k) => k.id !== 'c'), makeKpi({ id: 'mine-new' })] };
    const theirs = { ...base, kpis: [...base.kpis.filter((k) => k.id !== 'a'), makeKpi({ id: 'their-new' })] };
    const { catalog, report } = mergeEdits(base, mine, theirs);
    expect(catalog.kpis.map((k) => k.id)).toEqual(['b', 'their-new', 'mine-new']);
    expect(report.mine).toEqual([
      { list: 'kpis', id: 'c' },
      { list: 'kpis', id: 'mine-new' },
    ]);
    expect(report.both).toEqual([]);
  });

  it('takes mine where both changed the same KPI differently, and names it', () => {
    const { catalog, report } = mergeEdits(base, edit(base, 'a', 'mine'), edit(base, 'a', 'theirs'));
    expect(catalog.kpis[0].name).toBe('mine');
    expect(report.both).toEqual([{ list: 'kpis', id: 'a' }]);
    // The same edit on both sides is no conflict.
    expect(mergeEdits(base, edit(base, 'a', 'same'), edit(base, 'a', 'same')).report.both).toEqual([]);
  });

  it('keeps a KPI I edited that they deleted, and says both touched it', () => {
    const theirs = { ...base, kpis: base.kpis.filter((k) => k.id !== 'b') };
    const { catalog, report } = mergeEdits(base, edit(base, 'b', 'mine'), theirs);
    expect(catalog.kpis.map((k) => k.id)).toEqual(['a', 'c', 'b']);
    expect(report.both).toEqual([{ list: 'kpis', id: 'b' }]);
  });

  it('merges objectives by id the same way', () => {
    const mine = { ...base, objectives: [{ id: 'speed', title: 'Ship much faster' }] };
    const theirs = { ...base, objectives: [...base.objectives!, { id: 'quality', title: 'Fewer bugs' }] };
    expect(mergeEdits(base, mine, theirs).catalog.objectives).toEqual([
      { id: 'speed', title: 'Ship much faster' },
      { id: 'quality', title: 'Fewer bugs' },
    ]);
  });
});
