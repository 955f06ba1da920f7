import { alignedSeries, DAY, HOUR, makeKpi } from '../test-fixtures/kpiBuilders';
import { evaluateKpi } from './evaluateKpi';
import { singleSeries } from './kpiSeries';
import { resolveWindow } from './kpiWindow';
import { trendSeries, trendTarget } from './trendSeries';
import { type Kpi } from './types';

const NOW = Date.parse('2026-12-06T14:00:00Z');

/** What a card shows for the KPI on these frames (its value), and what its sparkline draws beside it. */
function cardOf(kpi: Kpi, frames: ReturnType<typeof alignedSeries>) {
  const window = resolveWindow(kpi.window, NOW, 'utc');
  const evaluation = evaluateKpi({ kpi, now: NOW, window, current: { frames: [frames] } });
  const trend = trendSeries(kpi, singleSeries([frames]).series!, window);
  return { evaluation, trend, last: trend.values[trend.values.length - 1] };
}

describe('trendSeries: a trend draws the quantity its value is in, and ends at it', () => {
  it('"new pipeline this month" charts the month’s running total against the month’s target, not the counter', () => {
    // A counter at $9.5M that grows $34K a day, asked from before the 1st (the range aligned to the step).
    const kpi = makeKpi({ window: 'month', reduce: 'delta', target: { value: 1_500_000, atRisk: 1_350_000 } });
    const start = Date.parse('2026-11-28T00:00:00Z');
    const frames = alignedSeries(start, NOW, HOUR, (t) => 9_500_000 + ((t - start) / DAY) * 34_000);
    const { evaluation, trend, last } = cardOf(kpi, frames);

    expect(last).toBeCloseTo(evaluation.value!, 6);
    expect(evaluation.value).toBeCloseTo(34_000 * (5 + 14 / 24), 6);
    // It starts at the 1st with nothing, rises, and never reads the counter's millions.
    expect(trend.times![0]).toBe(Date.parse('2026-12-01T00:00:00Z'));
    expect(trend.values[0]).toBe(0);
    expect(Math.max(...(trend.values as number[]))).toBe(last);
    // The line it is drawn against is the period's target.
    expect(trendTarget(kpi)).toEqual({ value: 1_500_000, atRisk: 1_350_000 });
  });

  it('an SLO charts its SLI over the window so far: an hour’s incident is not drawn as a missed SLO', () => {
    const kpi = makeKpi({ unit: 'percent', target: {}, window: '30d', reduce: 'mean', slo: { objective: 99.9 } });
    const incident = NOW - 12 * DAY;
    const frames = alignedSeries(NOW - 31 * DAY, NOW, HOUR, (t) => (t === incident ? 97 : 99.97));
    const { evaluation, trend, last } = cardOf(kpi, frames);

    expect(evaluation.status).toBe('on-track');
    expect(last).toBeCloseTo(evaluation.value!, 9);
    expect(Math.min(...(frames.fields[1].values as number[]))).toBe(97);
    const lowest = Math.min(...(trend.values as number[]));
    // The window's SLI never fell to the objective; the hour did (97%), and the raw series would draw it there.
    expect(lowest).toBeGreaterThan(99.9);
    expect(trend.times![0]).toBeGreaterThanOrEqual(NOW - 30 * DAY);
    // Marked at the edges the budget is judged by: on track from 99.925%, at risk down to 99.9%.
    expect(trendTarget(kpi)).toEqual({ value: 99.925, atRisk: 99.9 });
  });

  it('an overspent SLO ends below its objective line, where its status is', () => {
    const kpi = makeKpi({ unit: 'percent', target: {}, window: '28d', reduce: 'mean', slo: { objective: 99.95 } });
    const frames = alignedSeries(NOW - 28 * DAY, NOW, HOUR, (t) => (Math.floor(t / HOUR) % 10 === 0 ? 99.5 : 99.96));
    const { evaluation, last } = cardOf(kpi, frames);
    expect(evaluation.status).toBe('off-track');
    expect(last).toBeCloseTo(evaluation.value!, 9);
    expect(last).toBeLessThan(trendTarget(kpi).atRisk!);
  });

  it('any other KPI trends as answered', () => {
    const kpi = makeKpi({ window: '7d', reduce: 'mean' });
    const frames = alignedSeries(NOW - 7 * DAY, NOW, HOUR, (t) => (t / HOUR) % 7);
    const { trend } = cardOf(kpi, frames);
    expect(trend).toEqual(singleSeries([frames]).series);
  });
});
