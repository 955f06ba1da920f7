import { problemText } from '../../kpi/problemsText';
/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { KpiStatus } from '../../kpi/types';
import { validateCatalog } from '../../kpi/validateCatalog';
import { KpiResult } from '../../query/evaluateResults';
import { catalogOf } from '../shared/testing/pageTestKit';
import { rollUpObjectives } from './rollUpObjectives';

const kpi = (id: string, objective: string) => makeKpi({ id, name: `KPI ${id}`, objective });
const evaluated = (id: string, objective: string, status: KpiStatus): KpiResult =>
  ({ kpi: kpi(id, objective), loading: false, evaluation: { status } }) as KpiResult;

describe('rollUpObjectives', () => {
  const validation = validateCatalog(
    catalogOf(
      [kpi('on', 'a'), kpi('late', 'a'), kpi('off-1', 'a'), kpi('err', 'a'), kpi('off-2', 'a'), kpi('waits', 'b')],
      {
        objectives: [
          { id: 'empty', title: 'Nothing yet' },
          { id: 'b', title: 'Still loading' },
          { id: 'a', title: 'Evaluated' },
        ],
      }
    )
  );
  const results = [
    evaluated('on', 'a', 'on-track'),
    evaluated('off-1', 'a', 'off-track'),
    evaluated('err', 'a', 'error'),
    evaluated('off-2', 'a', 'off-track'),
  ];

  it("orders an objective's KPIs as a scorecard does: worst first, catalog order among equals, loading last", () => {
    const [a] = rollUpObjectives(validation, results);
    expect(a.kpis.map((k) => k.id)).toEqual(['err', 'off-1', 'off-2', 'on', 'late']);
    expect(a).toMatchObject({ worst: 'error', onTrack: 1 });
  });

  it('puts an objective still loading after the evaluated ones and before one without KPIs', () => {
    expect(rollUpObjectives(validation, results).map((r) => r.objective.id)).toEqual(['a', 'b', 'empty']);
  });

  it('rolls a KPI the catalog marks invalid up as an error with what is wrong, never as loading', () => {
    const { owner, ...ownerless } = kpi('bad', 'b');
    const withBad = validateCatalog(
      catalogOf([kpi('fine', 'b'), ownerless, { id: 'nameless', objective: 'b' }], {
        objectives: [{ id: 'b', title: 'Has a broken KPI' }],
      })
    );
    const [b] = rollUpObjectives(withBad, [evaluated('fine', 'b', 'on-track')]);
    expect(b).toMatchObject({ worst: 'error', onTrack: 1 });
    expect(b.kpis.map((k) => [k.name, k.evaluation?.status, k.invalid])).toEqual([
      ['KPI bad', 'error', true],
      ['nameless', 'error', true],
      ['KPI fine', 'on-track', false],
    ]);
    expect(b.kpis[0].evaluation?.error).toBe('kpis[1] (bad).owner: required');
    expect(b.kpis[1].evaluation?.error).toContain('kpis[2] (nameless).name: required');
  });

  it('attaches KPIs by id to the first objective with that id only; a repeat is unreachable, with its error', () => {
    const withTwin = validateCatalog(
      catalogOf([kpi('fine', 'b')], {
        objectives: [
          { id: 'b', title: 'First' },
          { id: 'b', title: { en: 'Twin' } },
        ],
      } as never)
    );
    const rollUps = rollUpObjectives(withTwin, [evaluated('fine', 'b', 'on-track')]);
    expect(rollUps.map((r) => [r.title, r.reachable, r.kpis.map((k) => k.id)])).toEqual([
      ['First', true, ['fine']],
      ['b', false, []],
    ]);
    expect(rollUps[0].errors).toEqual([]);
    expect(rollUps[1].errors.map(problemText)).toEqual([
      expect.stringMatching(/^objectives\[1\] \(b\)\.title: /),
      'objectives[1] (b).id: duplicate id, also objectives[0]',
    ]);
  });
});
