import { type KpiCatalog } from '../kpi/types';
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { deleteKpiAt, deleteObjectiveAt, deleteScorecardAt, kpiDeleteEffects } from './catalogDeletes';
import { author, draftCatalog } from './testing/draftCatalog';

const base = draftCatalog;

describe('catalog deletes', () => {
  it('deletes a KPI with the references to it, so the catalog stays valid', () => {
    const after = deleteKpiAt(base, 1, author);
    expect(after.kpis.map((k) => k.id)).toEqual(['lead']);
    expect(after.kpis[0].drives).toEqual([]);
    expect(after.scorecards?.[0].select.ids).toEqual(['lead']);
  });

  it('never leaves a scorecard that picked only the deleted KPI with empty ids, which read as every KPI', () => {
    const catalog = {
      ...base,
      scorecards: [
        ...base.scorecards!,
        { id: 'only', title: 'Only', select: { ids: ['lag'] } },
        { id: 'only-lagging', title: 'Only, lagging', select: { ids: ['lag', 'lag'], type: 'lagging' } },
      ],
    } as KpiCatalog;
    const effects = kpiDeleteEffects(catalog, 1);
    expect(effects.drivers.map((k) => k.id)).toEqual(['lead']);
    expect(effects.narrowed.map((s) => s.id)).toEqual(['s']);
    expect(effects.emptied.map((s) => s.id)).toEqual(['only', 'only-lagging']);
    const after = deleteKpiAt(catalog, 1, author);
    expect(after.scorecards?.map((s) => s.select)).toEqual([
      { ids: ['lead'] },
      { ids: ['lag'] },
      { ids: ['lag', 'lag'], type: 'lagging' },
    ]);
  });

  it('says a delete changes nothing else when another KPI keeps the id, or the KPI has none', () => {
    const none = { drivers: [], narrowed: [], emptied: [] };
    const twins = { ...base, kpis: [...base.kpis, makeKpi({ id: 'lag', type: 'lagging' })] };
    expect(kpiDeleteEffects(twins, 1)).toEqual(none);
    const { id: _id, ...noId } = makeKpi();
    expect(kpiDeleteEffects({ ...base, kpis: [noId as never] }, 0)).toEqual(none);
  });

  it('deletes only the KPI at its place when another has the same id, and keeps the references to that one', () => {
    const twins = { ...base, kpis: [...base.kpis, makeKpi({ id: 'lag', name: 'Twin', type: 'lagging' })] };
    const after = deleteKpiAt(twins, 2, author);
    expect(after.kpis.map((k) => [k.id, k.name])).toEqual([
      ['lead', base.kpis[0].name],
      ['lag', base.kpis[1].name],
    ]);
    expect(after.kpis[0]).toBe(base.kpis[0]);
    expect(after.scorecards).toBe(twins.scorecards);
    expect(deleteKpiAt(twins, 1, author).kpis.map((k) => k.name)).toEqual([base.kpis[0].name, 'Twin']);
  });

  it('deletes one KPI without an id, not every KPI without one', () => {
    const { id: _a, ...first } = makeKpi({ name: 'First' });
    const { id: _b, ...second } = makeKpi({ name: 'Second' });
    const broken = { ...base, kpis: [first, ...base.kpis, second] } as never as KpiCatalog;
    const after = deleteKpiAt(broken, 0, author);
    expect(after.kpis.map((k) => k.name)).toEqual([base.kpis[0].name, base.kpis[1].name, 'Second']);
    expect(after.kpis[0]).toBe(base.kpis[0]);
  });

  it('deletes past list entries that are not objects, and keeps them', () => {
    const broken = {
      ...base,
      kpis: [null, ...base.kpis],
      objectives: [7, ...base.objectives!],
      scorecards: [null, ...base.scorecards!],
    } as never as KpiCatalog;
    expect(deleteKpiAt(broken, 2, author).kpis.map((k) => k && [k.id, k.drives])).toEqual([null, ['lead', []]]);
    const unlinked = deleteObjectiveAt(broken, 1, author);
    expect(unlinked.objectives).toEqual([7]);
    expect(unlinked.kpis.map((k) => k && [k.id, k.objective])).toEqual([null, ['lead', undefined], ['lag', undefined]]);
    expect(deleteScorecardAt(broken, 1).scorecards).toEqual([null]);
    expect(deleteKpiAt(broken, 0, author).kpis).toEqual(base.kpis);
  });

  it('deletes a KPI past drives and select ids of another shape, and leaves those as they were written', () => {
    const broken = {
      ...base,
      kpis: [
        makeKpi({ id: 'a', drives: 'lag' as never }),
        makeKpi({ id: 'b', drives: 7 as never }),
        makeKpi({ id: 'c', drives: { lag: true } as never }),
        makeKpi({ id: 'la', type: 'lagging' }),
        makeKpi({ id: 'lag', type: 'lagging' }),
      ],
      scorecards: [
        { id: 's1', title: 'S1', select: { ids: 'lag' } },
        { id: 's2', title: 'S2', select: 'ids=lag' },
        { id: 's3', title: 'S3', select: { ids: ['la', 'lag'] } },
      ],
    } as never as KpiCatalog;
    const after = deleteKpiAt(broken, 3, author);
    expect(after.kpis.map((k) => [k.id, k.drives])).toEqual([
      ['a', 'lag'],
      ['b', 7],
      ['c', { lag: true }],
      ['lag', undefined],
    ]);
    expect(after.kpis[0]).toBe(broken.kpis[0]); // not revised: nothing in it changed
    expect(after.scorecards?.map((s) => s.select)).toEqual([{ ids: 'lag' }, 'ids=lag', { ids: ['lag'] }]);
  });

  it('deletes an objective and unlinks its KPIs, unless another objective keeps its id', () => {
    const after = deleteObjectiveAt(base, 0, author);
    expect(after.objectives).toEqual([]);
    expect(after.kpis[0].objective).toBeUndefined();
    const twins = { ...base, objectives: [...base.objectives!, { id: 'speed', title: 'Twin' }] };
    const one = deleteObjectiveAt(twins, 0, author);
    expect(one.objectives).toEqual([{ id: 'speed', title: 'Twin' }]);
    expect(one.kpis).toBe(twins.kpis);
  });

  it('deletes the scorecard at its place and leaves the KPIs and its twin alone', () => {
    const twins = { ...base, scorecards: [...base.scorecards!, { id: 's', title: 'Twin', select: {} }] };
    const after = deleteScorecardAt(twins, 0);
    expect(after.scorecards).toEqual([{ id: 's', title: 'Twin', select: {} }]);
    expect(after.kpis).toBe(base.kpis);
  });
});

describe('deletes leave a KPI whose history cannot record the change as it is', () => {
  const broken = { history: 'lost?', revision: 2 } as Record<string, unknown>;

  it('keeps its drives edge to a deleted KPI, for validation to name', () => {
    const catalog = { ...base, kpis: base.kpis.map((k, i) => (i === 0 ? { ...k, ...broken } : k)) } as KpiCatalog;
    const driven = catalog.kpis[0].drives;
    expect(driven).toContain(catalog.kpis[1].id);
    const after = deleteKpiAt(catalog, 1, author);
    expect(after.kpis[0]).toBe(catalog.kpis[0]);
  });

  it('keeps its objective when the objective is deleted', () => {
    const kpi = { ...makeKpi({ id: 'x', objective: 'o' }), ...broken } as unknown as KpiCatalog['kpis'][number];
    const catalog: KpiCatalog = { ...base, objectives: [{ id: 'o', title: 'O' }], kpis: [kpi] };
    const after = deleteObjectiveAt(catalog, 0, author);
    expect(after.objectives).toEqual([]);
    expect(after.kpis[0]).toBe(kpi);
  });
});
