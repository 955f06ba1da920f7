import { makeKpi } from '../test-fixtures/kpiBuilders';
import { diffKpi, MAX_HISTORY, reviseKpi, revisionBlockers, UnrevisableKpiError } from './kpiRevisions';
import { definitionsBefore } from './revisionSnapshots';
import { type Kpi } from './types';

const base = makeKpi({ revision: 3 });
const author = { by: 'jane@example.com', at: '2026-03-18T12:00:00Z' };

describe('diffKpi: what bumps the revision', () => {
  it.each([
    [
      'the query',
      { query: { ...base.query, expr: 'sum(deploys_total)' } },
      'query.expr: sum(increase(deploys_total[1h])) -> sum(deploys_total)',
    ],
    [
      'the datasource',
      { query: { ...base.query, datasource: { type: 'prometheus', uid: 'thanos' } } },
      'datasource.uid: prometheus -> thanos',
    ],
    ['the reducer', { reduce: 'sum' }, 'reduce: lastNotNull -> sum'],
    ['the window', { window: '30d' }, 'window: 7d -> 30d'],
    ['the unit', { unit: 'percent' }, 'unit: short -> percent'],
    ['the direction', { direction: 'lower-is-better' as const }, 'direction: higher-is-better -> lower-is-better'],
    ['the target', { target: { value: 12, atRisk: 8 } }, 'target.value: 10 -> 12'],
    ['the at-risk boundary', { target: { value: 10 } }, 'target.atRisk: 8 -> (none)'],
  ])('changing %s bumps it', (_name, patch, change) => {
    expect(diffKpi(base, { ...base, ...patch } as Kpi)).toEqual({ bumps: true, changes: [change] });
  });

  it.each([
    ['the name', { name: 'Deploys per week' }],
    ['the description', { description: 'New words.' }],
    ['the links', { links: [{ title: 'Runbook', url: 'https://wiki.example.com' }] }],
    ['the tags', { tags: ['dora'] }],
    ['the owner', { owner: 'sam@example.com' }],
  ])('changing %s is recorded but does not bump it', (_name, patch) => {
    const { bumps, changes } = diffKpi(base, { ...base, ...patch });
    expect(bumps).toBe(false);
    expect(changes).toHaveLength(1);
  });

  it.each([
    ['writing the default reducer out', { reduce: 'lastNotNull' }],
    ['writing the default unit out', { unit: 'short' }],
    [
      'reordering the query keys',
      { query: { expr: base.query.expr, datasource: { uid: 'prometheus', type: 'prometheus' } } },
    ],
    ['a new refId', { query: { ...base.query, refId: 'B' } }],
  ])('%s changes nothing', (_name, patch) => {
    expect(diffKpi(base, { ...base, ...patch })).toEqual({ bumps: false, changes: [] });
  });
});

describe('reviseKpi', () => {
  it('a new KPI starts at revision 1, created by its author', () => {
    expect(reviseKpi(undefined, makeKpi(), author)).toMatchObject({
      revision: 1,
      history: [{ revision: 1, ...author, changes: ['created'] }],
    });
  });

  it('a change of meaning goes up by one and keeps the old definition readable', () => {
    const saved = reviseKpi(base, { ...base, target: { value: 12, atRisk: 8 } }, author);
    expect(saved.revision).toBe(4);
    expect(saved.target.value).toBe(12);
    // The entry holds only what the change replaced; the whole old definition is rebuilt from it.
    expect(saved.history).toEqual([
      { revision: 4, ...author, changes: ['target.value: 10 -> 12'], snapshot: { target: base.target, revision: 3 } },
    ]);
    expect(definitionsBefore(saved)).toEqual([base]);
  });

  it('a change of wording keeps the revision and is still in history', () => {
    const saved = reviseKpi(base, { ...base, name: 'Deploys' }, author);
    expect(saved.revision).toBe(3);
    expect(saved.history).toEqual([
      {
        revision: 3,
        ...author,
        changes: ['name: Deployment frequency -> Deploys'],
        snapshot: { name: base.name, revision: 3 },
      },
    ]);
    expect(definitionsBefore(saved)).toEqual([base]);
  });

  it('saving without a change adds nothing, and a revision typed by hand is ignored', () => {
    const saved = reviseKpi(base, { ...base, revision: 99 }, author);
    expect(saved.revision).toBe(3);
    expect(saved.history).toEqual([]);
  });

  it('history accumulates across saves', () => {
    const first = reviseKpi(undefined, base, author);
    const second = reviseKpi(first, { ...first, window: '30d' }, { ...author, at: '2026-03-19T00:00:00Z' });
    const third = reviseKpi(second, { ...second, owner: 'sam@example.com' }, author);
    expect(third.revision).toBe(2);
    expect(third.history!.map((h) => [h.revision, h.changes])).toEqual([
      [1, ['created']],
      [2, ['window: 7d -> 30d']],
      [2, ['owner: jane@example.com -> sam@example.com']],
    ]);
  });

  it('keeps the last 20 history entries, each still holding the definition it replaced', () => {
    let kpi = reviseKpi(undefined, base, author);
    for (let value = 11; value <= 40; value++) {
      kpi = reviseKpi(kpi, { ...kpi, target: { value } }, author);
    }
    expect(kpi.revision).toBe(31);
    expect(kpi.history).toHaveLength(MAX_HISTORY);
    expect(kpi.history!.map((h) => h.revision)).toEqual(Array.from({ length: 20 }, (_, i) => 12 + i));
    // The oldest kept entry is revision 12, which replaced the definition with target 20 (revision 11).
    const before = definitionsBefore(kpi);
    expect(before[0]).toEqual({ ...base, revision: 11, target: { value: 20 } });
    expect(before[19]).toEqual({ ...base, revision: 30, target: { value: 39 } });
  });
});

describe('reviseKpi: a revision or history it cannot record against', () => {
  const edit = (before: Kpi) => () => reviseKpi(before, { ...before, target: { value: 99 } }, author);

  it.each<[string, Record<string, unknown>, string[]]>([
    ['history is an object', { history: { 1: 'x' } }, ['history']],
    ['history is text', { history: 'none' }, ['history']],
    ['history is a number', { history: 3 }, ['history']],
    ['revision is text', { revision: '3' }, ['revision']],
    ['revision is 1.5', { revision: 1.5 }, ['revision']],
    ['revision is 0', { revision: 0 }, ['revision']],
    ['both', { revision: null, history: {} }, ['revision', 'history']],
  ])('refuses when %s, naming the field', (_name, patch, fields) => {
    const before = { ...base, ...patch } as unknown as Kpi;
    expect(revisionBlockers(before)).toEqual(fields);
    expect(edit(before)).toThrow(UnrevisableKpiError);
    expect(edit(before)).toThrow(fields.join(' and '));
  });

  it('appends to a list whose entries are broken, keeping them as they are', () => {
    const broken = [7, { revision: 'one' }];
    const before = { ...base, history: broken } as unknown as Kpi;
    expect(revisionBlockers(before)).toEqual([]);
    const after = reviseKpi(before, { ...before, target: { value: 99 } }, author);
    expect(after.history?.slice(0, 2)).toEqual(broken);
    expect(after.history).toHaveLength(3);
    expect(after.revision).toBe(4);
  });
});
