import { makeKpi } from '../test-fixtures/kpiBuilders';
import { KpiCatalog } from '../kpi/types';
import {
  deleteKpi,
  deleteObjective,
  deleteScorecard,
  upsertKpi,
  upsertObjective,
  upsertScorecard,
} from './catalogEdits';

const author = { by: 'ann', at: '2026-05-01T00:00:00.000Z' };
const base: KpiCatalog = {
  apiVersion: 'kpi-scorecards/v1',
  kind: 'KpiCatalog',
  objectives: [{ id: 'speed', title: 'Speed' }],
  kpis: [makeKpi({ id: 'lead', drives: ['lag'], objective: 'speed' }), makeKpi({ id: 'lag', type: 'lagging' })],
  scorecards: [{ id: 's', title: 'S', select: { ids: ['lag', 'lead'] } }],
};

describe('catalog edits', () => {
  it('edits the item named by id past a list entry that is not an object, and keeps that entry for its error', () => {
    const broken = {
      ...base,
      kpis: [null, ...base.kpis],
      objectives: ['speed', ...base.objectives!],
    } as never as KpiCatalog;
    const kpis = upsertKpi(broken, { ...base.kpis[1], target: { value: 20 } }, author, 'lag').kpis;
    expect(kpis[0]).toBeNull();
    expect(kpis.slice(1).map((k) => [k.id, k.revision])).toEqual([
      ['lead', undefined],
      ['lag', 2],
    ]);
    const objectives = upsertObjective(broken, { id: 'speed', title: 'Faster' }, 'speed').objectives;
    expect(objectives).toEqual(['speed', { id: 'speed', title: 'Faster' }]);
  });

  it('deletes past list entries that are not objects, and keeps them', () => {
    const broken = {
      ...base,
      kpis: [null, ...base.kpis],
      objectives: [7, ...base.objectives!],
      scorecards: [null, ...base.scorecards!],
    } as never as KpiCatalog;
    expect(deleteKpi(broken, 'lag', author).kpis.map((k) => k && [k.id, k.drives])).toEqual([null, ['lead', []]]);
    const unlinked = deleteObjective(broken, 'speed', author);
    expect(unlinked.objectives).toEqual([7]);
    expect(unlinked.kpis.map((k) => k && [k.id, k.objective])).toEqual([null, ['lead', undefined], ['lag', undefined]]);
    expect(deleteScorecard(broken, 's').scorecards).toEqual([null]);
  });

  it('records who changed a KPI, when and what, and bumps the revision for a new target', () => {
    const edited = upsertKpi(base, { ...base.kpis[1], target: { value: 20 } }, author, 'lag');
    expect(edited.kpis[1]).toMatchObject({ revision: 2, history: [{ revision: 2, by: 'ann', at: author.at }] });
    expect(base.kpis[1].revision).toBeUndefined(); // the draft before the edit is untouched
  });

  it('adds a new KPI or objective with a taken id beside the other, so validation reports the duplicate', () => {
    const kpis = upsertKpi(base, makeKpi({ id: 'lag', name: 'Another' }), author);
    expect(kpis.kpis.map((k) => [k.id, k.name])).toEqual([
      ['lead', base.kpis[0].name],
      ['lag', base.kpis[1].name],
      ['lag', 'Another'],
    ]);
    const objectives = upsertObjective(base, { id: 'speed', title: 'Other' });
    expect(objectives.objectives?.map((o) => o.title)).toEqual(['Speed', 'Other']);
  });

  it('deletes a KPI with the references to it, so the catalog stays valid', () => {
    const after = deleteKpi(base, 'lag', author);
    expect(after.kpis.map((k) => k.id)).toEqual(['lead']);
    expect(after.kpis[0].drives).toEqual([]);
    expect(after.scorecards?.[0].select.ids).toEqual(['lead']);
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
    const after = deleteKpi(broken, 'la', author);
    expect(after.kpis.map((k) => [k.id, k.drives])).toEqual([
      ['a', 'lag'],
      ['b', 7],
      ['c', { lag: true }],
      ['lag', undefined],
    ]);
    expect(after.kpis[0]).toBe(broken.kpis[0]); // not revised: nothing in it changed
    expect(after.scorecards?.map((s) => s.select)).toEqual([{ ids: 'lag' }, 'ids=lag', { ids: ['lag'] }]);
  });

  it('deletes an objective and unlinks its KPIs', () => {
    const after = deleteObjective(base, 'speed', author);
    expect(after.objectives).toEqual([]);
    expect(after.kpis[0].objective).toBeUndefined();
  });

  it('adds a scorecard at the end and replaces one in place, the draft before untouched', () => {
    const added = upsertScorecard(base, { id: 'exec', title: 'Exec', select: { type: 'lagging' }, layout: 'table' });
    expect(added.scorecards?.map((s) => s.id)).toEqual(['s', 'exec']);
    const edited = upsertScorecard(added, { id: 's', title: 'Renamed', select: { team: 'platform' } }, 's');
    expect(edited.scorecards).toEqual([
      { id: 's', title: 'Renamed', select: { team: 'platform' } },
      { id: 'exec', title: 'Exec', select: { type: 'lagging' }, layout: 'table' },
    ]);
    expect(base.scorecards).toHaveLength(1);
  });

  it('adds a new scorecard with a taken id beside the other, so validation can report the duplicate', () => {
    const added = upsertScorecard(base, { id: 's', title: 'Another', select: {} });
    expect(added.scorecards?.map((s) => s.title)).toEqual(['S', 'Another']);
  });

  it('adds the first scorecard to a catalog that has none', () => {
    const { scorecards: _none, ...withoutScorecards } = base;
    const added = upsertScorecard(withoutScorecards, { id: 'all', title: 'All', select: {} });
    expect(added.scorecards).toEqual([{ id: 'all', title: 'All', select: {} }]);
  });

  it('deletes a scorecard and leaves the KPIs alone', () => {
    const after = deleteScorecard(base, 's');
    expect(after.scorecards).toEqual([]);
    expect(after.kpis).toBe(base.kpis);
  });
});
