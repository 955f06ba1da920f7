import { makeKpi } from '../test-fixtures/kpiBuilders';
import { explainEmptySelection } from './explainSelection';
import { alternativesOf, isEmptySelector, matchesAlternatives, selectsEntry } from './selectorAlternatives';
import { validateCatalog } from './validateCatalog';

const platform = makeKpi({ id: 'deploys', team: 'platform', tags: ['dora'], category: 'engineering' });
const payments = makeKpi({ id: 'refunds', team: 'payments', type: 'lagging', objective: 'retention' });

describe('matchesAlternatives', () => {
  it('accepts any of a field’s values (a multi-value template variable)', () => {
    expect(matchesAlternatives(platform, { team: ['payments', 'platform'] })).toBe(true);
    expect(matchesAlternatives(payments, { team: ['platform'] })).toBe(false);
  });

  it('needs every field to match', () => {
    expect(matchesAlternatives(platform, { team: ['platform'], tag: ['dora'] })).toBe(true);
    expect(matchesAlternatives(platform, { team: ['platform'], type: ['lagging'] })).toBe(false);
  });

  it('selects by id and treats empty lists as "all"', () => {
    expect(matchesAlternatives(platform, { ids: ['refunds'] })).toBe(false);
    expect(matchesAlternatives(platform, { ids: [], team: [] })).toBe(true);
    expect(isEmptySelector({ ids: [], team: [] })).toBe(true);
  });

  it('filters by status only once the status is known', () => {
    expect(matchesAlternatives(platform, { status: ['off-track'] })).toBe(true);
    expect(matchesAlternatives(platform, { status: ['off-track'] }, 'on-track')).toBe(false);
    expect(matchesAlternatives(platform, { status: ['off-track', 'on-track'] }, 'on-track')).toBe(true);
  });
});

describe('selectsEntry', () => {
  it.each([
    ['no criteria', {}, true],
    ['a status only (the entry is an error)', { status: ['error' as const] }, true],
    ['a team', { team: ['platform'] }, false],
    ['ids', { ids: ['deploys'] }, false],
  ])('takes an entry that is not an object only for a selector of the whole catalog: %s', (_, selector, taken) => {
    for (const raw of [null, 'deploys', ['deploys'], 3]) {
      const [entry] = validateCatalog({ apiVersion: 'kpi-scorecards/v1', kind: 'KpiCatalog', kpis: [raw] }).kpis;
      expect(selectsEntry(entry, selector, 'error')).toBe(taken);
    }
  });

  it('takes a KPI by its fields, valid or broken, as matchesAlternatives does', () => {
    const broken = { ...platform, owner: '' };
    const [good, bad, other] = validateCatalog({
      apiVersion: 'kpi-scorecards/v1',
      kind: 'KpiCatalog',
      kpis: [platform, { ...broken, id: 'b' }, payments],
    }).kpis;
    expect(bad.ok).toBe(false);
    expect(selectsEntry(good, { team: ['platform'] })).toBe(true);
    expect(selectsEntry(bad, { team: ['platform'] })).toBe(true);
    expect(selectsEntry(other, { team: ['platform'] })).toBe(false);
  });
});

describe('alternativesOf', () => {
  it("reads a scorecard's one value per field as one alternative, and an empty value as none", () => {
    expect(alternativesOf({ team: 'platform', type: '', ids: ['a'] })).toEqual({
      ids: ['a'],
      team: ['platform'],
      category: [],
      type: [],
      tag: [],
      objective: [],
      status: [],
    });
  });
});

describe('explainEmptySelection', () => {
  const kpis = [platform, payments];

  it('names the criterion that matches nothing and lists what the catalog has', () => {
    expect(explainEmptySelection(kpis, { team: ['platfrom'] })).toEqual([
      { kind: 'no-match', field: 'team', values: ['platfrom'], known: ['payments', 'platform'] },
    ]);
  });

  it('names ids the catalog does not have', () => {
    expect(explainEmptySelection(kpis, { ids: ['deploys', 'gone'] })).toEqual([{ kind: 'unknown-ids', ids: ['gone'] }]);
  });

  it('says when criteria match alone but not together', () => {
    expect(explainEmptySelection(kpis, { team: ['platform'], type: ['lagging'] })).toEqual([
      { kind: 'no-combination' },
    ]);
  });

  it('says the catalog is empty', () => {
    expect(explainEmptySelection([], { team: ['x'] })).toEqual([{ kind: 'empty-catalog' }]);
  });
});
