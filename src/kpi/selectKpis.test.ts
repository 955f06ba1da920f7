import { makeKpi } from '../test-fixtures/kpiBuilders';
import { matchesSelector, parseSelector } from './selectKpis';
import { type Kpi, type KpiSelector } from './types';

const kpis = [
  makeKpi({
    id: 'deploys',
    team: 'platform',
    type: 'leading',
    category: 'engineering',
    tags: ['dora'],
    objective: 'speed',
  }),
  makeKpi({ id: 'mttr', team: 'sre', type: 'lagging', category: 'operations', tags: ['dora', 'incidents'] }),
  makeKpi({ id: 'nps', team: 'product', type: 'lagging', category: 'product', objective: 'retention' }),
];
const select = (selector: KpiSelector, status?: 'on-track' | 'off-track') =>
  kpis.filter((k) => matchesSelector(k, selector, status)).map((k) => k.id);

describe('matchesSelector', () => {
  it.each([
    ['everything for an empty selector', {}, ['deploys', 'mttr', 'nps']],
    ['by ids', { ids: ['nps', 'deploys'] }, ['deploys', 'nps']],
    ['by team', { team: 'sre' }, ['mttr']],
    ['by type', { type: 'lagging' }, ['mttr', 'nps']],
    ['by category', { category: 'engineering' }, ['deploys']],
    ['by tag', { tag: 'dora' }, ['deploys', 'mttr']],
    ['by objective', { objective: 'retention' }, ['nps']],
    ['every criterion must hold', { type: 'lagging', tag: 'dora' }, ['mttr']],
    ['nothing when criteria exclude each other', { team: 'sre', objective: 'retention' }, []],
  ] as Array<[string, KpiSelector, string[]]>)('%s', (_name, selector, ids) => {
    expect(select(selector)).toEqual(ids);
  });

  it('takes a tag only from a list of tags: a broken KPI with tags of another shape neither throws nor matches', () => {
    const broken = (tags: unknown) => ({ id: 'b', tags }) as unknown as Kpi;
    for (const tags of [5, { dora: true }, 'dora-x', 'dora']) {
      expect(matchesSelector(broken(tags), { tag: 'dora' })).toBe(false);
    }
  });

  it('filters by status once the status is known', () => {
    expect(select({ status: 'off-track' }, 'off-track')).toEqual(['deploys', 'mttr', 'nps']);
    expect(select({ status: 'off-track' }, 'on-track')).toEqual([]);
    expect(select({ status: 'off-track' })).toEqual(['deploys', 'mttr', 'nps']);
  });
});

describe('parseSelector', () => {
  it.each([
    ['team=platform,type=leading', { team: 'platform', type: 'leading' }],
    [' tag = dora , status=off-track ', { tag: 'dora', status: 'off-track' }],
    ['ids=mttr|nps', { ids: ['mttr', 'nps'] }],
    ['id=mttr', { ids: ['mttr'] }],
    ['', {}],
  ])('%j', (text, selector) => {
    expect(parseSelector(text)).toEqual(selector);
  });

  it.each([
    ['owner=jane', "unknown selector key 'owner': use id, team, category, type, tag, objective or status"],
    ['team', "selector part 'team' must be key=value"],
    ['team=', "selector part 'team=' must be key=value"],
  ])('rejects %j', (text, message) => {
    expect(() => parseSelector(text)).toThrow(message);
  });
});
