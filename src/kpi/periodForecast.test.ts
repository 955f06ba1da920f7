import { alignedSeries, DAY, HOUR, makeKpi, seriesFrame } from '../test-fixtures/kpiBuilders';
import { evaluateKpi } from './evaluateKpi';
import { previousPeriod, previousWindow, resolveWindow } from './kpiWindow';
import { periodForecast } from './periodForecast';
import { type Kpi } from './types';

const month = (now: string, zone = 'utc') => resolveWindow('month', Date.parse(now), zone);

describe('periodForecast: forecast = v + (1 - e) * (v + (1 - e) * P)', () => {
  it('blends this period’s pace (weight e) with the previous total (weight 1 - e)', () => {
    // 1 March + 15.5 days of 31: e = 0.5. v = 600, P = 1000: 600 + 0.5 * (600 + 0.5 * 1000) = 1150.
    expect(periodForecast(month('2026-03-16T12:00:00Z'), 600, 1000)).toBeCloseTo(1150, 9);
  });

  it('at the end of the period it is the value itself', () => {
    const end = { ...month('2026-03-16T12:00:00Z'), to: Date.parse('2026-04-01T00:00:00Z') };
    expect(periodForecast(end, 1234, 1000)).toBeCloseTo(1234, 9);
  });

  it('in the first hour of a month it is about the previous total, not one sample times 744', () => {
    // 1 deploy in the first hour of March (e = 1/744), 100 last month: about 102, not 744.
    const first = month('2026-03-01T01:00:00Z');
    expect(periodForecast(first, 1, 100)).toBeCloseTo(1 + (743 / 744) * (1 + (743 / 744) * 100), 9);
    expect(periodForecast(first, 1, 100)).toBeLessThan(102);
  });

  it('without a previous total it is linear, and none before 10% of the period', () => {
    expect(periodForecast(month('2026-03-01T01:00:00Z'), 1, null)).toBeNull();
    expect(periodForecast(month('2026-03-03T00:00:00Z'), 1, null)).toBeNull(); // 2 of 31 days: 6.5%
    expect(periodForecast(month('2026-03-05T00:00:00Z'), 3, null)).toBeCloseTo((3 * 31) / 4, 9); // 4 days: 12.9%
  });

  it('reads the elapsed share in the KPI’s time zone', () => {
    // 2026-03-01T00:30Z is still February in New York: 27.9 of its 28 days have passed.
    const ny = month('2026-03-01T00:30:00Z', 'America/New_York');
    expect(new Date(ny.periodStart).toISOString()).toBe('2026-02-01T05:00:00.000Z');
    expect(periodForecast(ny, 100, null)).toBeCloseTo(100 / ((27 * 24 + 19.5) / (28 * 24)), 9);
  });

  it('a rolling window has none', () => {
    expect(periodForecast(resolveWindow('30d', Date.now()), 5, 10)).toBeNull();
  });
});

describe('evaluateKpi: the first hours of a period do not swing the status', () => {
  const kpi = (overrides: Partial<Kpi> = {}): Kpi =>
    makeKpi({ window: 'quarter', reduce: 'sum', target: { value: 100 }, ...overrides });

  function judge(k: Kpi, now: number, current: number, previousTotal?: number) {
    const window = resolveWindow(k.window, now, 'utc');
    const prevSpan = previousWindow(k.window, window, 'utc');
    const whole = previousPeriod(k.window, window, 'utc')!;
    // The previous quarter, one sample a day, evenly spread to its total.
    const days = (whole.to - whole.from) / DAY;
    const previous =
      previousTotal === undefined
        ? undefined
        : { frames: [alignedSeries(whole.from, whole.to - 1, DAY, () => previousTotal / days)] };
    // The samples so far: zeros every hour, and the deploys in the last one.
    const frames = [alignedSeries(window.from, now, HOUR, (t) => (t === now ? current : 0))];
    return evaluateKpi({
      kpi: k,
      now,
      window,
      current: { frames },
      previousWindow: prevSpan,
      previousPeriod: whole,
      previous,
    });
  }

  it('one deploy in the first two hours of a quarter does not forecast 1,080 nor turn on-track', () => {
    const now = Date.parse('2026-04-01T02:00:00Z');
    const linear = judge(kpi(), now, 1);
    expect(linear.forecast).toBeNull();
    expect(linear.status).toBe('off-track'); // 1 against 100, judged on the value itself
    const blended = judge(kpi(), now, 1, 60);
    expect(blended.forecast).toBeCloseTo(61.9, 0); // 1 + ~1 * (1 + ~1 * 60)
    expect(blended.status).toBe('off-track');
  });

  it('a previous answer that stops at the like-for-like point gives no total: linear after 10%', () => {
    const now = Date.parse('2026-05-20T12:00:00Z'); // 49.5 of 91 days
    const k = kpi();
    const window = resolveWindow(k.window, now, 'utc');
    const prevSpan = previousWindow(k.window, window, 'utc');
    const whole = previousPeriod(k.window, window, 'utc')!;
    const previous = { frames: [alignedSeries(prevSpan.from, prevSpan.to, DAY, () => 1)] };
    const frames = [alignedSeries(window.from, now, DAY, () => 1)];
    const result = evaluateKpi({
      kpi: k,
      now,
      window,
      current: { frames },
      previousWindow: prevSpan,
      previousPeriod: whole,
      previous,
    });
    expect(result.value).toBe(50);
    expect(result.forecast).toBeCloseTo(50 / (49.5 / 91), 9);
    expect(result.previous).toBe(50);
  });

  it('a previous answer that only starts at the period’s boundary (a counter first seen then) gives no total', () => {
    const now = Date.parse('2026-04-01T00:40:00Z');
    const k = kpi();
    const window = resolveWindow(k.window, now, 'utc');
    const whole = previousPeriod(k.window, window, 'utc')!;
    // Its one sample at the boundary belongs to both periods: a delta of 0 there is no quarter's total.
    const counter = (t: number) => 1000 + (t - window.from) / HOUR;
    const previous = { frames: [seriesFrame([whole.to], [1000])] };
    const frames = [alignedSeries(window.from, now, 10 * 60_000, counter)];
    const result = evaluateKpi({
      kpi: { ...k, reduce: 'delta' },
      now,
      window,
      current: { frames },
      previousWindow: previousWindow(k.window, window, 'utc'),
      previousPeriod: whole,
      previous,
    });
    expect(result.value).toBeCloseTo(40 / 60, 9);
    expect(result.forecast).toBeNull();
    expect(result.status).toBe('off-track');
  });
});
