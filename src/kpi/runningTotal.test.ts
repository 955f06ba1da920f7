import { FieldType, reduceField } from '@grafana/data';
import fc from 'fast-check';

import { DAY, evenSeries, HOUR, makeKpi } from '../test-fixtures/kpiBuilders';
import { evaluateKpi } from './evaluateKpi';
import { calendarPeriodOf, resolveWindow } from './kpiWindow';
import { runningTotal } from './runningTotal';

const oneBigPeriod = () => ({ start: -Infinity, end: Infinity });

describe('runningTotal', () => {
  const sample = fc.oneof(fc.constant(null), fc.constant(NaN), fc.double({ min: -1e6, max: 1e6, noNaN: true }));

  it.each(['sum', 'count', 'delta', 'total', 'mean'])(
    '%s: each point equals Grafana’s reducer over the samples up to it',
    (reduce) => {
      fc.assert(
        fc.property(fc.array(sample, { minLength: 1, maxLength: 40 }), (values) => {
          const times = values.map((_, i) => i * 1000);
          const running = runningTotal({ times, values }, reduce, oneBigPeriod);
          const id = reduce === 'total' ? 'sum' : reduce;
          values.forEach((_, i) => {
            const prefix = values.slice(0, i + 1);
            const field = { name: 'v', type: FieldType.number, config: {}, values: prefix };
            const hasNumber = prefix.some((v) => typeof v === 'number' && !Number.isNaN(v));
            const expected = hasNumber ? reduceField({ field, reducers: [id] })[id] : null;
            expect(running.values[i]).toBe(expected);
          });
        })
      );
    }
  );

  it('starts again at each period', () => {
    const start = Date.parse('2026-01-31T22:00:00Z');
    const times = [0, 1, 2, 3].map((i) => start + i * HOUR);
    const running = runningTotal({ times, values: [1, 2, 3, 4] }, 'sum', calendarPeriodOf('month', 'utc'));
    expect(running.values).toEqual([1, 3, 3, 7]);
  });

  it('the trend of "new pipeline this month" ends at the number beside it, not at the raw counter', () => {
    // A counter at $9.5M that grew by $204K this month, read with delta: the chart ends at $204K.
    const now = Date.parse('2026-12-06T14:00:00Z');
    const kpi = makeKpi({ window: 'month', reduce: 'delta', target: { value: 1_500_000 } });
    const window = resolveWindow(kpi.window, now, 'utc');
    const values = Array.from({ length: 6 }, (_, i) => 9_500_000 + i * 40_800);
    const frames = [evenSeries(now, DAY, values)];
    const { value } = evaluateKpi({ kpi, now, window, current: { frames } });
    const series = { times: frames[0].fields[0].values as number[], values };
    const trend = runningTotal(series, kpi.reduce, calendarPeriodOf('month', 'utc'));
    expect(value).toBeCloseTo(204_000, 6);
    expect(trend.values[trend.values.length - 1]).toBeCloseTo(value!, 6);
    expect(Math.max(...(trend.values as number[]))).toBeLessThan(1_500_000);
  });
});
