import { DAY, HOUR, makeKpi } from '../test-fixtures/kpiBuilders';
import { burnThreshold, errorBudget } from './errorBudget';
import { KpiSeries } from './kpiSeries';

const NOW = Date.parse('2026-03-18T12:00:00Z');
const MINUTE = 60_000;
const WINDOW_30D = 30 * DAY;
const slo = makeKpi({ id: 'availability', unit: 'percent', slo: { objective: 99.9 }, target: { value: 99.9 } });

/** One SLI sample a minute for three days; `sli(minutesAgo)` gives each value. */
function minutely(sli: (minutesAgo: number) => number): KpiSeries {
  const times: number[] = [];
  const values: number[] = [];
  for (let m = 3 * 24 * 60; m >= 0; m--) {
    times.push(NOW - m * MINUTE);
    values.push(sli(m));
  }
  return { times, values };
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
    expect(errorBudget(makeKpi(), 99, null, NOW, WINDOW_30D)).toBeNull();
  });

  it.each([
    ['untouched', 100, 1],
    ['half spent', 99.95, 0.5],
    ['spent', 99.9, 0],
    ['overspent', 99.8, -1],
  ])('budget left when %s', (_name, sli, remaining) => {
    expect(errorBudget(slo, sli, null, NOW, WINDOW_30D)!.remaining).toBeCloseTo(remaining, 9);
  });

  it('reads a 0..1 SLI for unit percentunit', () => {
    expect(errorBudget({ ...slo, unit: 'percentunit' }, 0.9995, null, NOW, WINDOW_30D)!.remaining).toBeCloseTo(0.5, 9);
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

  it('has no burn rate without samples (an instant result)', () => {
    const budget = errorBudget(slo, 99.95, { times: null, values: [99.95] }, NOW, WINDOW_30D)!;
    expect(budget.burnRates['1h']).toBeNull();
    expect(budget.alerts).toEqual([]);
  });
});
