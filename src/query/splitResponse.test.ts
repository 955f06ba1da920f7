import { type DataQueryResponse } from '@grafana/data';

import { evaluateKpi } from '../kpi/evaluateKpi';
import { resolveWindow } from '../kpi/kpiWindow';
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { splitResponse } from './runKpiQueries';

const NOW = Date.parse('2026-03-18T12:00:00Z');
const split = (response: unknown, refIds = ['a', 'b']) => splitResponse(response as DataQueryResponse, refIds);

describe('splitResponse on what a datasource got wrong', () => {
  it('makes an answer without a list of frames every query’s error, not a crash', () => {
    expect(split({ data: { frames: [] } })).toEqual(
      new Map([
        ['a', { error: 'the datasource answered without a list of frames' }],
        ['b', { error: 'the datasource answered without a list of frames' }],
      ])
    );
  });

  it('shows an error object’s words, never "[object Object]"', () => {
    const outcomes = split({
      data: [],
      errors: [{ refId: 'a', message: { nested: true }, data: { message: 'rate limited' } }, { refId: 'b' }],
    });
    expect(outcomes.get('a')).toEqual({ error: 'rate limited' });
    expect(outcomes.get('b')).toEqual({ error: 'the query failed' });
  });

  it('leaves a frame that is not one to its own query, which reads it as an error', () => {
    const outcome = split({ data: [null] }, ['a']).get('a')!;
    const result = evaluateKpi({ kpi: makeKpi(), now: NOW, window: resolveWindow('7d', NOW, 'utc'), current: outcome });
    expect(result).toMatchObject({
      status: 'error',
      error: 'frame 1 of the answer is not a data frame with a list of fields',
    });
  });
});
