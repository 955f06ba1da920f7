import { type KpiCatalog } from '../kpi/types';
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { ownId, upsertKpi, upsertObjective, upsertScorecard } from './catalogEdits';
import { author, draftCatalog } from './testing/draftCatalog';

const base = draftCatalog;

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

  it('gives an item its id only when no other item has it, as the forms open items by id', () => {
    const items = [{ id: 'a' }, null, { id: 'b' }, { id: 'a' }, { name: 'no id' }, { id: 7 }, { id: '' }];
    expect(items.map((_, i) => ownId(items, i))).toEqual([
      undefined,
      undefined,
      'b',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
