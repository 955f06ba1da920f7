import { fieldReducers } from '@grafana/data';

import { evenSeries, HOUR, makeKpi } from '../test-fixtures/kpiBuilders';
import { evaluateKpi } from './evaluateKpi';
import { resolveWindow } from './kpiWindow';
import { reducerProblem } from './reducerProblem';

const NOW = Date.parse('2026-03-18T12:00:00Z');

/** Every id Grafana's registry answers to: the reducers' own ids and their older names. */
const everyId = fieldReducers.list().flatMap((r) => [r.id, ...(r.aliasIds ?? [])]);

describe('reducerProblem', () => {
  it('refuses exactly the reducers that give no number: allIsNull, allIsZero, allValues, uniqueValues', () => {
    expect(everyId.filter((id) => reducerProblem(id) !== undefined).sort()).toEqual([
      'allIsNull',
      'allIsZero',
      'allValues',
      'uniqueValues',
    ]);
  });

  it('gives a value to a KPI with any reducer it accepts', () => {
    const window = resolveWindow('7d', NOW, 'utc');
    const current = { frames: [evenSeries(NOW, HOUR, [1, 2, null, 2, 5])] };
    const silent = everyId
      .filter((id) => reducerProblem(id) === undefined)
      .filter((id) => evaluateKpi({ kpi: makeKpi({ reduce: id }), now: NOW, window, current }).value === null);
    expect(silent).toEqual([]);
  });
});
