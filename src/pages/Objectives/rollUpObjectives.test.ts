import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { KpiStatus } from '../../kpi/types';
import { KpiResult } from '../../query/evaluateResults';
import { catalogOf } from '../shared/testing/pageTestKit';
import { rollUpObjectives } from './rollUpObjectives';

const kpi = (id: string, objective: string) => makeKpi({ id, name: `KPI ${id}`, objective });
const evaluated = (id: string, objective: string, status: KpiStatus): KpiResult =>
  ({ kpi: kpi(id, objective), loading: false, evaluation: { status } }) as KpiResult;

describe('rollUpObjectives', () => {
  const catalog = catalogOf(
    [kpi('on', 'a'), kpi('late', 'a'), kpi('off-1', 'a'), kpi('err', 'a'), kpi('off-2', 'a'), kpi('waits', 'b')],
    {
      objectives: [
        { id: 'empty', title: 'Nothing yet' },
        { id: 'b', title: 'Still loading' },
        { id: 'a', title: 'Evaluated' },
      ],
    }
  );
  const results = [
    evaluated('on', 'a', 'on-track'),
    evaluated('off-1', 'a', 'off-track'),
    evaluated('err', 'a', 'error'),
    evaluated('off-2', 'a', 'off-track'),
  ];

  it("orders an objective's KPIs as a scorecard does: worst first, catalog order among equals, loading last", () => {
    const [a] = rollUpObjectives(catalog, results);
    expect(a.kpis.map((k) => k.kpi.id)).toEqual(['err', 'off-1', 'off-2', 'on', 'late']);
    expect(a).toMatchObject({ worst: 'error', onTrack: 1 });
  });

  it('puts an objective still loading after the evaluated ones and before one without KPIs', () => {
    expect(rollUpObjectives(catalog, results).map((r) => r.objective.id)).toEqual(['a', 'b', 'empty']);
  });
});
