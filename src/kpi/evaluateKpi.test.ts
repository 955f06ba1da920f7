import fc from 'fast-check';

import { DAY, evenSeries, HOUR, makeKpi, seriesFrame } from '../test-fixtures/kpiBuilders';
import { evaluateKpi, type EvaluationInput } from './evaluateKpi';
import { previousWindow, resolveWindow } from './kpiWindow';
import { type Kpi, type KpiStatus } from './types';

const NOW = Date.parse('2026-03-18T12:00:00Z');

function evaluate(kpi: Kpi, values: Array<number | null>, extra: Partial<EvaluationInput> = {}) {
  const window = resolveWindow(kpi.window, NOW, 'utc');
  return evaluateKpi({ kpi, now: NOW, window, current: { frames: [evenSeries(NOW, HOUR, values)] }, ...extra });
}

describe('evaluateKpi: error and no-data come first', () => {
  it('a failed query is an error that keeps the message', () => {
    const kpi = makeKpi({ maxAge: '1h' });
    const result = evaluateKpi({
      kpi,
      now: NOW,
      window: resolveWindow('7d', NOW),
      current: { error: 'bad_data: parse error' },
    });
    expect(result).toMatchObject({
      status: 'error',
      error: 'bad_data: parse error',
      value: null,
      target: 10,
      atRisk: 8,
    });
  });

  it.each([
    ['no frames at all', []],
    ['a frame with no fields (empty Prometheus result)', [{ length: 0, fields: [] }]],
    ['a series without samples', [seriesFrame([], [])]],
    ['only null samples', [evenSeries(NOW, HOUR, [null, null, null])]],
    ['only NaN samples', [evenSeries(NOW, HOUR, [NaN, NaN])]],
  ])('%s is no-data', (_name, frames) => {
    const result = evaluateKpi({ kpi: makeKpi(), now: NOW, window: resolveWindow('7d', NOW), current: { frames } });
    expect(result).toMatchObject({
      status: 'no-data',
      value: null,
      attainment: null,
      newestSampleAt: null,
      error: null,
    });
  });

  it('a reduced value of NaN (sum of +Inf and -Inf) is no-data', () => {
    expect(evaluate(makeKpi({ reduce: 'sum' }), [Infinity, -Infinity])).toMatchObject({
      status: 'no-data',
      value: null,
    });
  });

  it('an infinite reduced value (a ratio over zero requests) is no-data, not a healthy number', () => {
    expect(evaluate(makeKpi({ reduce: 'lastNotNull' }), [5, Infinity])).toMatchObject({
      status: 'no-data',
      value: null,
    });
  });

  it('more than one series is an error that says to aggregate', () => {
    const kpi = makeKpi();
    const frames = [evenSeries(NOW, HOUR, [1]), evenSeries(NOW, HOUR, [2])];
    const result = evaluateKpi({ kpi, now: NOW, window: resolveWindow('7d', NOW), current: { frames } });
    expect(result.status).toBe('error');
    expect(result.error).toMatch(/2 series.*aggregate/);
  });
});

describe('evaluateKpi: stale', () => {
  const kpi = makeKpi({ maxAge: '2h', target: { value: 10 } });
  const threeHoursOld = { current: { frames: [seriesFrame([NOW - 3 * HOUR], [50])] } };

  it('is stale when the newest sample is older than maxAge, and still shows the value', () => {
    const result = evaluate(kpi, [], threeHoursOld);
    expect(result).toMatchObject({
      status: 'stale',
      value: 50,
      newestSampleAt: new Date(NOW - 3 * HOUR).toISOString(),
    });
  });

  it('is never on-track when stale, however good the value', () => {
    expect(evaluate(kpi, [], threeHoursOld).status).not.toBe('on-track');
  });

  it('is judged normally when the newest sample is within maxAge', () => {
    expect(evaluate(kpi, [], { current: { frames: [seriesFrame([NOW - 2 * HOUR], [50])] } }).status).toBe('on-track');
  });

  it('a trailing null does not make the newest sample newer', () => {
    const frames = [seriesFrame([NOW - 3 * HOUR, NOW], [50, null])];
    expect(evaluate(kpi, [], { current: { frames } }).status).toBe('stale');
  });
});

describe('evaluateKpi: samples and reduction', () => {
  it('ignores samples outside the window (before it and after now)', () => {
    const kpi = makeKpi({ reduce: 'max', window: '7d' });
    const frames = [seriesFrame([NOW - 8 * DAY, NOW - DAY, NOW + HOUR], [1000, 9, 500])];
    expect(evaluate(kpi, [], { current: { frames } }).value).toBe(9);
  });

  it('counts samples exactly at both ends of the window', () => {
    const kpi = makeKpi({ reduce: 'sum', window: '7d' });
    const frames = [seriesFrame([NOW - 7 * DAY - 1, NOW - 7 * DAY, NOW, NOW + 1], [1000, 4, 5, 1000])];
    expect(evaluate(kpi, [], { current: { frames } }).value).toBe(9);
  });

  it('reads samples that come newest first (a table ordered by time descending) the same way', () => {
    const kpi = makeKpi({ reduce: 'max', window: '7d', maxAge: '3d' });
    const frames = [seriesFrame([NOW + HOUR, NOW - HOUR, NOW - 2 * DAY, NOW - 8 * DAY], [500, null, 9, 1000])];
    expect(evaluate(kpi, [], { current: { frames } })).toMatchObject({
      status: 'at-risk',
      value: 9,
      newestSampleAt: new Date(NOW - 2 * DAY).toISOString(),
    });
    expect(evaluate({ ...kpi, maxAge: '1d' }, [], { current: { frames } }).status).toBe('stale');
    // The last value is the newest one, whatever order the rows come in.
    const newestFirst = [seriesFrame([NOW - HOUR, NOW - 2 * DAY, NOW - 3 * DAY], [7, 9, 11])];
    const last = evaluate({ ...kpi, reduce: 'lastNotNull' }, [], { current: { frames: newestFirst } });
    expect(last).toMatchObject({ value: 7, newestSampleAt: new Date(NOW - HOUR).toISOString() });
  });

  it('reads times given as ISO text, and does not fail on text that is no time', () => {
    const frame = (times: string[]) =>
      ({
        length: 1,
        fields: [
          { name: 'at', type: 'time', config: {}, values: times },
          { name: 'v', type: 'number', config: {}, values: [12] },
        ],
      }) as never;
    expect(evaluate(makeKpi(), [], { current: { frames: [frame(['2026-03-18T11:00:00Z'])] } })).toMatchObject({
      status: 'on-track',
      newestSampleAt: '2026-03-18T11:00:00.000Z',
    });
    expect(evaluate(makeKpi(), [], { current: { frames: [frame(['last week'])] } })).toMatchObject({
      value: 12,
      newestSampleAt: null,
    });
  });

  it('skips nulls the way Grafana reducers do', () => {
    expect(evaluate(makeKpi({ reduce: 'mean' }), [1, null, 3]).value).toBe(2);
    expect(evaluate(makeKpi(), [7, 9, null]).value).toBe(9);
  });

  it('uses lastNotNull by default and reports attainment', () => {
    expect(evaluate(makeKpi({ target: { value: 10 } }), [3, 12])).toMatchObject({
      value: 12,
      status: 'on-track',
      attainment: 1.2,
    });
  });

  it("reads Grafana's older reducer names as the reducers they name (avg, current, total)", () => {
    expect(evaluate(makeKpi({ reduce: 'avg' }), [1, null, 3]).value).toBe(2);
    expect(evaluate(makeKpi({ reduce: 'current' }), [7, 9, null]).value).toBe(9);
    expect(evaluate(makeKpi({ reduce: 'total' }), [7, 9, null]).value).toBe(16);
  });

  it('reads an instant number (no time field)', () => {
    const frame = { length: 1, fields: [{ name: 'Value', type: 'number', config: {}, values: [9] }] } as never;
    expect(evaluate(makeKpi(), [], { current: { frames: [frame] } })).toMatchObject({ value: 9, status: 'at-risk' });
  });
});

describe('evaluateKpi: comparison with the previous period', () => {
  function withPrevious(kpi: Kpi, value: number, previous: number) {
    const window = resolveWindow(kpi.window, NOW, 'utc');
    const span = previousWindow(kpi.window, window, 'utc');
    return evaluateKpi({
      kpi,
      now: NOW,
      window,
      current: { frames: [evenSeries(NOW, HOUR, [value])] },
      previousWindow: span,
      previous: { frames: [evenSeries(span.to - HOUR, HOUR, [previous])] },
    });
  }

  it.each([
    ['percent: 25% -> 50% is +25 pp', { unit: 'percent' }, 50, 25, 25, 'percentage-points'],
    ['percentunit: 0.25 -> 0.5 is +25 pp', { unit: 'percentunit' }, 0.5, 0.25, 25, 'percentage-points'],
    ['percent with previous 0 stays in pp', { unit: 'percent' }, 5, 0, 5, 'percentage-points'],
    ['relative: 100 -> 120 is +20%', {}, 120, 100, 0.2, 'relative'],
    ['relative drop: 100 -> 80 is -20%', { unit: 'ms' }, 80, 100, -0.2, 'relative'],
    ['relative from a negative: -10 -> -5 is +50%', {}, -5, -10, 0.5, 'relative'],
    ['previous 0: absolute difference only', {}, 5, 0, 5, 'absolute'],
  ])('%s', (_name, overrides, value, previous, delta, deltaKind) => {
    const result = withPrevious(makeKpi(overrides), value, previous);
    expect(result.previous).toBe(previous);
    expect(result.delta).toBeCloseTo(delta, 10);
    expect(result.deltaKind).toBe(deltaKind);
  });

  it('has no delta without a previous answer', () => {
    expect(evaluate(makeKpi(), [5])).toMatchObject({ previous: null, delta: null, deltaKind: null });
  });
});

describe('evaluateKpi: forecast on calendar windows', () => {
  // 2026-Q1 is 90 days; on 21 January 20 of them have passed ("week 3").
  const WEEK3 = Date.parse('2026-01-21T00:00:00Z');
  function inQuarter(kpi: Kpi, values: number[]) {
    const window = resolveWindow(kpi.window, WEEK3, 'utc');
    return evaluateKpi({ kpi, now: WEEK3, window, current: { frames: [evenSeries(WEEK3 - HOUR, DAY, values)] } });
  }

  it('shows "we will miss the quarter" in week 3: 5 incidents so far project to 22.5 against at most 10', () => {
    const kpi = makeKpi({ window: 'quarter', reduce: 'sum', direction: 'lower-is-better', target: { value: 10 } });
    const result = inQuarter(kpi, [2, 3]);
    expect(result.value).toBe(5);
    expect(result.forecast).toBeCloseTo(22.5, 10);
    expect(result.status).toBe('off-track');
  });

  it('a good start projects on-track although the value so far is below the quarterly target', () => {
    const kpi = makeKpi({ window: 'quarter', reduce: 'sum', target: { value: 900 } });
    const result = inQuarter(kpi, [100, 150]);
    expect(result).toMatchObject({ value: 250, status: 'on-track' });
    expect(result.forecast).toBeCloseTo(1125, 10);
  });

  it.each([
    ['count', [1, 1, 1, 1], 4, 18],
    ['delta', [100, 102, 104], 4, 18],
    // Grafana's older name for sum.
    ['total', [1, 3], 4, 18],
  ])('forecasts %s too', (reduce, values, value, forecast) => {
    const result = inQuarter(makeKpi({ window: 'quarter', reduce, target: { value: 20 } }), values);
    expect(result.value).toBe(value);
    expect(result.forecast).toBeCloseTo(forecast, 10);
  });

  it.each([
    ['a rolling window', { window: '30d', reduce: 'sum' }],
    ['a non-additive reducer', { window: 'quarter', reduce: 'mean' }],
    ['the default reducer', { window: 'quarter' }],
  ])('has no forecast for %s', (_name, overrides) => {
    expect(inQuarter(makeKpi(overrides), [3, 4]).forecast).toBeNull();
  });
});

describe('evaluateKpi: status is monotonic in the value', () => {
  const RANK: Partial<Record<KpiStatus, number>> = { 'off-track': 0, 'at-risk': 1, 'on-track': 2 };
  const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const status = (kpi: Kpi, v: number) => RANK[evaluate(kpi, [v]).status]!;

  it.each(['higher-is-better', 'lower-is-better'] as const)(
    '%s: a better value never gives a worse status',
    (direction) => {
      fc.assert(
        fc.property(
          value,
          fc.option(fc.double({ min: 0, max: 1e5, noNaN: true })),
          value,
          value,
          (goal, band, a, b) => {
            const atRisk = band === null ? undefined : direction === 'higher-is-better' ? goal - band : goal + band;
            const kpi = makeKpi({ direction, target: { value: goal, atRisk } });
            const [worse, better] =
              direction === 'higher-is-better' ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
            expect(status(kpi, better)).toBeGreaterThanOrEqual(status(kpi, worse));
          }
        )
      );
    }
  );
});

describe('evaluateKpi on frames a datasource got wrong', () => {
  const window = resolveWindow('7d', NOW, 'utc');
  const run = (frames: unknown) =>
    evaluateKpi({ kpi: makeKpi(), now: NOW, window, current: { frames: frames as never } });

  it.each([
    ['frames not a list', { length: 0 }, 'the answer is not a list of frames'],
    ['a null frame', [null], 'frame 1 of the answer is not a data frame with a list of fields'],
    ['fields not a list', [{ fields: {} }], 'frame 1 of the answer is not a data frame with a list of fields'],
    [
      'values not a list',
      [{ fields: [{ name: 'v', type: 'number', values: 3 }] }],
      'field 1 of frame 1 of the answer has no list of values',
    ],
  ])('%s is an error that says so', (_name, frames, error) => {
    expect(run(frames)).toMatchObject({ status: 'error', error, value: null });
  });

  it('reads times in seconds since 1970 as seconds, not as January 1970', () => {
    const inMs = evenSeries(NOW, HOUR, [12, 11, 13]);
    const inSeconds = seriesFrame(
      (inMs.fields[0].values as number[]).map((t) => t / 1000),
      [12, 11, 13]
    );
    const result = run([inSeconds]);
    expect(result).toEqual(run([inMs]));
    expect(result).toMatchObject({ status: 'on-track', value: 13, newestSampleAt: new Date(NOW).toISOString() });
  });
});
