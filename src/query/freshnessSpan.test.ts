import { evaluateKpi } from '../kpi/evaluateKpi';
import { resolveWindow } from '../kpi/kpiWindow';
import { alignedSeries, HOUR, makeKpi } from '../test-fixtures/kpiBuilders';
import { freshnessSpan } from './freshnessSpan';

const MINUTE = 60_000;
const NOW = Date.parse('2026-12-06T14:30:00Z');

describe('the newest sample is dated independently of the window’s step', () => {
  const kpi = makeKpi({ window: '30d', maxAge: '20m' });
  const window = resolveWindow(kpi.window, NOW, 'utc');
  // The 30d window answered at one point an hour, as Grafana asks for 720 points: the last at 14:00.
  const hourly = { frames: [alignedSeries(window.from, NOW, HOUR, () => 5)] };

  function judge(freshUntil: number) {
    const span = freshnessSpan(kpi, window)!;
    const fresh = { frames: [alignedSeries(span.from, freshUntil, 2 * MINUTE, () => 5)] };
    return evaluateKpi({ kpi, now: NOW, window, current: hourly, fresh });
  }

  it('asks a recent span at a step of a minute (or 10% of maxAge)', () => {
    const span = freshnessSpan(kpi, window)!;
    expect((span.to - span.from) / 720).toBe(2 * MINUTE); // 10% of 20m
    expect(span.to).toBe(NOW);
    expect(freshnessSpan(makeKpi({ window: '1h' }), resolveWindow('1h', NOW))).toBeUndefined();
  });

  it('data seconds old reads as fresh, not "updated 30 minutes ago" (nor stale)', () => {
    const result = judge(NOW);
    expect(result.newestSampleAt).toBe('2026-12-06T14:30:00.000Z');
    expect(result.status).not.toBe('stale');
    // Without the freshness answer the hourly step would date it at 14:00 and call it stale.
    expect(evaluateKpi({ kpi, now: NOW, window, current: hourly }).status).toBe('stale');
  });

  it('a stop of 50 minutes is seen to within the step, though the hourly answer ends at 14:00', () => {
    const result = judge(NOW - 50 * MINUTE);
    expect(result.newestSampleAt).toBe('2026-12-06T13:40:00.000Z');
    expect(result.status).toBe('stale');
  });
});
