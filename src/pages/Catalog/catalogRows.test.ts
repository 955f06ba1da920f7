/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { validateCatalog } from '../../kpi/validateCatalog';
import { type KpiResult } from '../../query/evaluateResults';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { catalogOf, sampleCatalog } from '../shared/testing/pageTestKit';
import { filterOptions, filterRows } from './catalogFilters';
import { buildRows, sortWorstFirst } from './catalogRows';
import { groupRows } from './groupRows';

const evaluated = (id: string, status: 'on-track' | 'off-track' | 'error'): KpiResult =>
  ({ kpi: { id }, loading: false, evaluation: { id, status } }) as unknown as KpiResult;

describe('catalog rows', () => {
  const validation = validateCatalog(sampleCatalog());
  const rows = sortWorstFirst(buildRows(validation, [evaluated('deploys', 'on-track'), evaluated('mttr', 'error')]));

  it('puts errors first, a broken definition among them, and keeps KPIs not yet evaluated last', () => {
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      ['broken', 'error'],
      ['mttr', 'error'],
      ['deploys', 'on-track'],
      ['nps', 'loading'],
    ]);
    expect(rows[0].errors?.[0].message).toBe('required');
  });

  it('lists a KPI that is not even an object, by its place', () => {
    const odd = buildRows(validateCatalog(catalogOf([makeKpi(), 'nonsense' as never])), []);
    expect(odd[1]).toMatchObject({ id: 'kpis[1]', status: 'error' });
  });

  it('filters on every criterion at once, and searches names, owners and tags', () => {
    expect(filterRows(rows, { search: '', team: 'platform', type: 'lagging' }).map((r) => r.id)).toEqual(['mttr']);
    expect(filterRows(rows, { search: 'DORA' }).map((r) => r.id)).toEqual(['deploys']);
    expect(filterOptions(rows, 'team')).toEqual(['platform', 'product']);
  });

  it('offers the statuses the badges show, worst first, and filters a broken definition as Error', () => {
    expect(filterOptions(rows, 'status')).toEqual(['error', 'on-track', 'loading']);
    expect(filterRows(rows, { search: '', status: 'error' }).map((r) => r.id)).toEqual(['broken', 'mttr']);
  });

  it('sorts a broken definition among the query errors by name, as both read Error', () => {
    const broken = { id: 'beta', name: 'Beta' } as never;
    const catalog = catalogOf([
      makeKpi({ id: 'gamma', name: 'Gamma' }),
      broken,
      makeKpi({ id: 'alpha', name: 'Alpha' }),
    ]);
    const sorted = sortWorstFirst(
      buildRows(validateCatalog(catalog), [evaluated('alpha', 'error'), evaluated('gamma', 'error')])
    );
    expect(sorted.map((r) => r.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('groups by objective with the objective title, KPIs without one under "No objective"', () => {
    const groups = groupRows(rows, 'objective', validation.catalog.objectives);
    expect(groups.map((g) => [g.title, g.rows.length])).toEqual([
      ['No objective', 3],
      ['Ship faster', 1],
    ]);
  });

  it('builds, sorts, filters and groups 5,000 KPIs in well under a frame budget per step', () => {
    const kpis = Array.from({ length: 5000 }, (_, i) =>
      makeKpi({ id: `kpi-${i}`, name: `KPI ${i}`, team: `team-${i % 50}` })
    );
    const big = validateCatalog(catalogOf(kpis));
    const results = kpis.map((k, i) => evaluated(k.id, i % 3 === 0 ? 'off-track' : 'on-track'));
    const started = performance.now();
    const all = sortWorstFirst(buildRows(big, results));
    const shown = filterRows(all, { search: 'kpi 4', team: 'team-4' });
    groupRows(shown, 'team');
    expect(performance.now() - started).toBeLessThan(500);
    expect(all[0].status).toBe('off-track');
  });
});
