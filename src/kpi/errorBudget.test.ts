import { FieldType, type DataFrame } from '@grafana/data';

import { alignedSeries, DAY, evenSeries, HOUR, makeKpi } from '../test-fixtures/kpiBuilders';
import { BURN_ALERT_PAIRS, burnThreshold, errorBudget, type BurnOutcomes } from './errorBudget';
import { durationMs } from './grafanaKnowledge';

const NOW = Date.parse('2026-03-18T12:00:00Z');
const MINUTE = 60_000;
const WINDOW_30D = 30 * DAY;
const slo = makeKpi({ id: 'availability', unit: 'percent', slo: { objective: 99.9 }, target: { value: 99.9 } });

/** One SLI sample a minute for three days, as every pair's answer; `sli(minutesAgo)` gives each value. */
function minutely(sli: (minutesAgo: number) => number): BurnOutcomes {
  const count = 3 * 24 * 60 + 1;
  const frame = evenSeries(
    NOW,
    MINUTE,
    Array.from({ length: count }, (_, i) => sli(count - 1 - i))
  );
  return everyPair(() => frame);
}

/** Each pair's answer, by its long window: `frame(long window in ms, its name)`. */
function everyPair(frame: (longWindowMs: number, longWindow: string) => DataFrame): BurnOutcomes {
  return Object.fromEntries(
    BURN_ALERT_PAIRS.map(({ longWindow }) => [longWindow, { frames: [frame(durationMs(longWindow)!, longWindow)] }])
  );
}

/** The SLI (in percent) that burns a 99.9% budget `rate` times as fast as it allows. */
const burning = (rate: number) => 100 - rate * 0.1;

describe('burnThreshold: the SRE workbook thresholds for a 30d window', () => {
  it.each([
    [0.02, '1h', HOUR, 14.4],
    [0.05, '6h', 6 * HOUR, 6],
    [0.1, '1d', DAY, 3],
    [0.1, '3d', 3 * DAY, 1],
  ])('%d of the budget in %s is %dx', (share, _name, long, expected) => {
    expect(burnThreshold(share, WINDOW_30D, long)).toBe(expected);
  });
});

describe('errorBudget', () => {
  it('is null for a KPI without an SLO', () => {
    expect(errorBudget(makeKpi(), 99, {}, NOW, WINDOW_30D)).toBeNull();
  });

  it.each([
    ['untouched', 100, 1],
    ['half spent', 99.95, 0.5],
    ['spent', 99.9, 0],
    ['overspent', 99.8, -1],
  ])('budget left when %s', (_name, sli, remaining) => {
    expect(errorBudget(slo, sli, {}, NOW, WINDOW_30D)!.remaining).toBeCloseTo(remaining, 9);
  });

  it('reads a 0..1 SLI for unit percentunit', () => {
    expect(errorBudget({ ...slo, unit: 'percentunit' }, 0.9995, {}, NOW, WINDOW_30D)!.remaining).toBeCloseTo(0.5, 9);
  });

  it('reports burn rates over 1h and 6h', () => {
    const series = minutely((m) => (m < 60 ? burning(10) : burning(0.5)));
    const { burnRates } = errorBudget(slo, 99.9, series, NOW, WINDOW_30D)!;
    expect(burnRates['1h']).toBeCloseTo(10, 6);
    expect(burnRates['6h']).toBeCloseTo((10 + 5 * 0.5) / 6, 6);
  });

  it('pages at exactly 14.4x over 1h and 5m, despite floating-point noise in the ratio', () => {
    const series = minutely((m) => (m < 60 ? burning(14.4) : burning(0.5)));
    expect(errorBudget(slo, 99.9, series, NOW, WINDOW_30D)!.alerts.map((a) => a.longWindow)).toEqual(['1h']);
  });

  it('pages when both 1h and 5m burn faster than 14.4x, with the two rates it read', () => {
    const series = minutely((m) => (m < 60 ? burning(15) : burning(0.5)));
    const { alerts } = errorBudget(slo, 99.9, series, NOW, WINDOW_30D)!;
    expect(alerts).toMatchObject([{ longWindow: '1h', shortWindow: '5m', threshold: 14.4, severity: 'page' }]);
    // Every sample of the last hour burns 15x: so do both windows' means.
    expect(alerts[0].longRate).toBeCloseTo(15, 6);
    expect(alerts[0].shortRate).toBeCloseTo(15, 6);
  });

  it('opens a ticket for a slow, steady 3.5x burn over a day', () => {
    const series = minutely(() => burning(3.5));
    expect(errorBudget(slo, 99.9, series, NOW, WINDOW_30D)!.alerts).toMatchObject([
      { longWindow: '1d', shortWindow: '2h', threshold: 3, severity: 'ticket' },
      { longWindow: '3d', shortWindow: '6h', threshold: 1, severity: 'ticket' },
    ]);
  });

  it('does not page for a spike only the short window sees', () => {
    const series = minutely((m) => (m < 5 ? burning(50) : burning(0.5)));
    expect(errorBudget(slo, 99.9, series, NOW, WINDOW_30D)!.alerts.map((a) => a.longWindow)).not.toContain('1h');
  });

  it('stops paging once the short window has recovered', () => {
    const series = minutely((m) => (m < 5 ? 100 : m < 60 ? burning(20) : burning(0.5)));
    const budget = errorBudget(slo, 99.9, series, NOW, WINDOW_30D)!;
    expect(budget.burnRates['1h']).toBeGreaterThan(14.4);
    expect(budget.alerts).toEqual([]);
  });

  it('has no burn rate without samples (an instant result), and says the pairs cannot be checked', () => {
    const instant = {
      frames: [{ length: 1, fields: [{ name: 'Value', type: FieldType.number, config: {}, values: [99.95] }] }],
    };
    const budget = errorBudget(slo, 99.95, { '1h': instant }, NOW, WINDOW_30D)!;
    expect(budget.burnRates['1h']).toBeNull();
    expect(budget.alerts).toEqual([]);
    expect(budget.unchecked[0]).toEqual({ longWindow: '1h', shortWindow: '5m', error: null, emptySpans: ['1h', '5m'] });
  });

  it("names a pair whose query failed as unchecked, with the datasource's message", () => {
    const outcomes = { ...minutely(() => burning(20)), '1h': { error: 'bad_data: parse error' } };
    const budget = errorBudget(slo, 99.9, outcomes, NOW, WINDOW_30D)!;
    expect(budget.alerts.map((a) => a.longWindow)).toEqual(['6h', '1d', '3d']);
    expect(budget.unchecked).toEqual([
      { longWindow: '1h', shortWindow: '5m', error: 'bad_data: parse error', emptySpans: [] },
    ]);
  });
});

describe('errorBudget on the resolution Grafana answers with (720 points a query)', () => {
  // 20 minutes past the hour: an hourly series' newest sample is 20 minutes old.
  const AT = Date.parse('2026-03-18T12:20:00Z');
  const steady20x = () => burning(20);

  it('pages for a steady 20x burn when each pair is read from its own answer (5s, 30s, 2m and 5m steps)', () => {
    const step: Record<string, number> = { '1h': 5_000, '6h': 30_000, '1d': 2 * MINUTE, '3d': 5 * MINUTE };
    const outcomes = everyPair((longMs, long) => alignedSeries(AT - longMs, AT, step[long], steady20x));
    const budget = errorBudget(slo, 98, outcomes, AT, WINDOW_30D)!;
    expect(budget.alerts.map((a) => `${a.longWindow}/${a.shortWindow} ${a.severity}`)).toEqual([
      '1h/5m page',
      '6h/30m page',
      '1d/2h ticket',
      '3d/6h ticket',
    ]);
    expect(budget.burnRates['5m']).toBeCloseTo(20, 6);
    expect(budget.unchecked).toEqual([]);
  });

  it("reads the 30d window's hourly samples as no data over 5m, never as a healthy 0: the page is unchecked", () => {
    const outcomes = everyPair(() => alignedSeries(AT - WINDOW_30D, AT, HOUR, steady20x));
    const budget = errorBudget(slo, 98, outcomes, AT, WINDOW_30D)!;
    expect(budget.burnRates['5m']).toBeNull();
    expect(budget.alerts.map((a) => a.longWindow)).toEqual(['6h', '1d', '3d']);
    expect(budget.unchecked).toEqual([{ longWindow: '1h', shortWindow: '5m', error: null, emptySpans: ['5m'] }]);
  });
});

describe('errorBudget from good and total (exact)', () => {
  const counted = { ...slo, slo: { objective: 99.9, good: { expr: 'good' }, total: { expr: 'total' } } };
  const number = (v: number) => ({
    frames: [{ length: 1, fields: [{ name: 'Value', type: FieldType.number, config: {}, values: [v] }] }],
  });
  /** good and total per span so that the error ratio over each span is `errors(span)` of 1,000,000 requests. */
  const counts = (errors: (span: string) => number) =>
    Object.fromEntries(
      ['5m', '30m', '1h', '2h', '6h', '1d', '3d'].map((s) => [
        s,
        { good: number(1_000_000 - errors(s)), total: number(1_000_000) },
      ])
    );

  it('burn rate over S = (1 - good/total) / (1 - objective), for every span an alert reads', () => {
    // 5,000 errors in a million over the last hour: 0.5% against 0.1% allowed is 5x, not a smoothed mean.
    const budget = errorBudget(
      counted,
      99.95,
      {},
      NOW,
      WINDOW_30D,
      counts((s) => (s === '1h' ? 5000 : 100))
    )!;
    expect(budget.exact).toBe(true);
    expect(budget.burnRates['1h']).toBeCloseTo(5, 9);
    expect(budget.burnRates['3d']).toBeCloseTo(0.1, 9);
    expect(Object.keys(budget.burnRates).sort()).toEqual(['1d', '1h', '2h', '30m', '3d', '5m', '6h']);
  });

  it('a total outage pages at once: 100% errors over 5m and 1h', () => {
    const budget = errorBudget(
      counted,
      99,
      {},
      NOW,
      WINDOW_30D,
      counts(() => 1_000_000)
    )!;
    expect(budget.alerts.map((a) => `${a.longWindow} ${a.severity}`)).toEqual([
      '1h page',
      '6h page',
      '1d ticket',
      '3d ticket',
    ]);
    expect(budget.alerts[0].longRate).toBeCloseTo(1000, 9);
  });

  it('no requests over a span cannot be checked, never a burn of 0', () => {
    const noTraffic = { ...counts(() => 0), '5m': { good: number(0), total: number(0) } };
    const budget = errorBudget(counted, 99.95, {}, NOW, WINDOW_30D, noTraffic)!;
    expect(budget.burnRates['5m']).toBeNull();
    expect(budget.unchecked).toEqual([{ longWindow: '1h', shortWindow: '5m', error: null, emptySpans: ['5m'] }]);
  });

  it('time until the budget is spent at the 1h rate: the budget left over the rate, of the window', () => {
    // Half the budget left, burning 5x: the rest lasts 0.5 * 30d / 5 = 3 days.
    const budget = errorBudget(
      counted,
      99.95,
      {},
      NOW,
      WINDOW_30D,
      counts((s) => (s === '1h' ? 5000 : 0))
    )!;
    expect(budget.exhaustionMs).toBeCloseTo(3 * DAY, 3);
    expect(
      errorBudget(
        counted,
        99.8,
        {},
        NOW,
        WINDOW_30D,
        counts(() => 0)
      )!.exhaustionMs
    ).toBe(0);
    expect(
      errorBudget(
        counted,
        99.95,
        {},
        NOW,
        WINDOW_30D,
        counts(() => 0)
      )!.exhaustionMs
    ).toBe(Infinity);
  });

  it('without answers over good/total the mean of the query stands in, and says it is an approximation', () => {
    expect(errorBudget(slo, 99.95, {}, NOW, WINDOW_30D)!.exact).toBe(false);
  });
});
