import { type KpiCatalog } from '../kpi/types';
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { applyImport, diffCatalogs } from './importDiff';

const author = { by: 'ann', at: '2026-05-01T00:00:00.000Z' };
const catalog = (kpis: KpiCatalog['kpis'], objectives: KpiCatalog['objectives'] = []): KpiCatalog => ({
  apiVersion: 'kpi-scorecards/v1',
  kind: 'KpiCatalog',
  kpis,
  objectives,
});

describe('import preview', () => {
  const current = catalog(
    [makeKpi({ id: 'a', revision: 2 }), makeKpi({ id: 'b', name: 'B' }), makeKpi({ id: 'gone', name: 'Gone' })],
    [{ id: 'o', title: 'O' }]
  );
  const incoming = catalog(
    [
      makeKpi({ id: 'a', target: { value: 12 } }),
      makeKpi({ id: 'b', name: 'B renamed' }),
      makeKpi({ id: 'new', name: 'New' }),
    ],
    [
      { id: 'o', title: 'O2' },
      { id: 'p', title: 'P' },
    ]
  );

  it('lists added, changed (with whether the revision goes up) and removed before anything is applied', () => {
    const diff = diffCatalogs(current, incoming);
    expect(diff.kpis.added.map((k) => k.id)).toEqual(['new']);
    expect(diff.kpis.removed.map((k) => k.id)).toEqual(['gone']);
    expect(diff.kpis.changed).toEqual([
      {
        id: 'a',
        name: 'Deployment frequency',
        bumps: true,
        changes: ['target.value: 10 -> 12; target.atRisk: 8 -> (none)'],
      },
      { id: 'b', name: 'B renamed', bumps: false, changes: ['name: B -> B renamed'] },
    ]);
    expect(diff.objectives).toEqual({ added: ['p'], changed: ['o'], removed: [] });
  });

  it('applies with revisions: a meaning change bumps, a rename does not, a new KPI starts at 1', () => {
    const applied = applyImport(current, incoming, author);
    const byId = new Map(applied.kpis.map((k) => [k.id, k]));
    expect(byId.get('a')?.revision).toBe(3);
    expect(byId.get('b')?.revision).toBe(1);
    expect(byId.get('new')).toMatchObject({ revision: 1, history: [{ revision: 1, by: 'ann', changes: ['created'] }] });
    expect(byId.has('gone')).toBe(false);
  });

  it('keeps the history a KPI brings from another Grafana', () => {
    const history = [{ revision: 4, at: '2026-01-01T00:00:00Z', by: 'bob', changes: ['target.value: 1 -> 2'] }];
    const applied = applyImport(catalog([]), catalog([makeKpi({ id: 'x', revision: 4, history })]), author);
    expect(applied.kpis[0]).toMatchObject({ revision: 4, history });
  });
});

describe('applyImport: an existing KPI whose revision or history is broken', () => {
  it('is replaced by the incoming KPI as written, which is how the YAML tab fixes it', () => {
    const old = {
      ...makeKpi({ id: 'a' }),
      revision: 'two',
      history: { x: 1 },
    } as unknown as KpiCatalog['kpis'][number];
    const fixed = makeKpi({
      id: 'a',
      revision: 2,
      history: [{ revision: 2, at: author.at, by: 'ann', changes: ['x'] }],
    });
    const after = applyImport(catalog([old]), catalog([fixed]), author);
    expect(after.kpis[0]).toEqual(fixed);
  });
});
