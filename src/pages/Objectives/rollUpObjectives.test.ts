import { problemText } from '../../kpi/problemsText';
/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { type KpiStatus } from '../../kpi/types';
import { validateCatalog } from '../../kpi/validateCatalog';
import { type KpiResult } from '../../query/evaluateResults';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
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
    expect(a).toMatchObject({ status: 'error', onTrack: 1 });
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
    expect(b).toMatchObject({ status: 'error', onTrack: 1 });
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

  it('names what drags an objective down, the worst first, and nothing for one all on track', () => {
    const [a] = rollUpObjectives(validation, results);
    expect(a.heldBackBy.map((k) => k.id)).toEqual(['err', 'off-1', 'off-2']);
  });
});

describe('a weighted roll-up', () => {
  const weighted = (weights: Record<string, number | undefined>, statuses: Record<string, KpiStatus>) => {
    const ids = Object.keys(statuses);
    const validation = validateCatalog(
      catalogOf(
        ids.map((id) => ({ ...kpi(id, 'w'), ...(weights[id] === undefined ? {} : { weight: weights[id] }) })),
        { objectives: [{ id: 'w', title: 'Weighted', rollUp: 'weighted' }] }
      )
    );
    expect(validation.problems.filter((p) => p.severity === 'error')).toEqual([]);
    return rollUpObjectives(
      validation,
      ids.map((id) => evaluated(id, 'w', statuses[id]))
    )[0];
  };

  it('scores on track 1, at risk ½, off track 0, by weight: one heavy KPI on track carries a light one off track', () => {
    const w = weighted({ revenue: 9 }, { revenue: 'on-track', nps: 'off-track' });
    expect(w).toMatchObject({ how: 'weighted', status: 'on-track', score: 0.9 });
    expect(w.heldBackBy.map((k) => k.id)).toEqual(['nps']);
  });

  it('is at risk from 60% and off track below; the costliest KPI is named first', () => {
    expect(weighted({}, { a: 'on-track', b: 'at-risk' })).toMatchObject({ status: 'at-risk', score: 0.75 });
    const off = weighted({ a: 1, b: 3 }, { a: 'at-risk', b: 'off-track', c: 'on-track' });
    expect(off).toMatchObject({ status: 'off-track', score: 1.5 / 5 });
    expect(off.heldBackBy.map((k) => k.id)).toEqual(['b', 'a']);
  });

  it('never lets a KPI that cannot be judged lift its objective: it scores 0', () => {
    expect(weighted({}, { a: 'on-track', b: 'no-data' })).toMatchObject({ status: 'off-track', score: 0.5 });
  });

  it('by default rolls up as the worst KPI, weights or not', () => {
    const validation = validateCatalog(
      catalogOf([{ ...kpi('a', 'x'), weight: 9 }, kpi('b', 'x')], { objectives: [{ id: 'x', title: 'Worst' }] })
    );
    const [x] = rollUpObjectives(validation, [evaluated('a', 'x', 'on-track'), evaluated('b', 'x', 'at-risk')]);
    expect(x).toMatchObject({ how: 'worst', status: 'at-risk', score: undefined });
  });
});
