import { formatKpiValue, formatThreshold } from '../../kpi/formatValue';
import { reducerWords, unitWords, windowWords } from './kpiWords';

describe('a KPI in words, never in ids', () => {
  it.each([
    [undefined, 'the latest value'],
    ['lastNotNull', 'the latest value'],
    ['avg', 'the average'], // Grafana's older name for mean
    ['sum', 'the total'],
    ['delta', 'the increase'],
    ['range', 'difference between minimum and maximum values'], // Grafana's own description
  ])('reducer %s reads "%s"', (id, words) => {
    expect(reducerWords(id)).toBe(words);
  });

  it.each([
    ['30d', 'the last 30 days'],
    ['24h', 'the last 24 hours'],
    ['1h', 'the last 1 hour'],
    ['quarter', 'the current quarter so far'],
  ])('window %s reads "%s"', (window, words) => {
    expect(windowWords(window)).toBe(words);
  });

  it.each([
    ['percent', 'Percent (0-100)'],
    ['percentunit', 'Percent (0.0-1.0)'],
    ['currencyUSD', 'Dollars ($)'],
    ['suffix: deploys', 'deploys'],
    ['short', undefined],
    [undefined, undefined],
  ])('unit %s reads as %s', (unit, words) => {
    expect(unitWords(unit)).toBe(words);
  });
});

describe('numbers shown together read alike', () => {
  it('drops the zeros Grafana pads a number with when the KPI sets no decimals', () => {
    expect([formatKpiValue(3600), formatKpiValue(4000)]).toEqual(['3.6 K', '4 K']);
    expect(formatKpiValue(0.5, 'percentunit')).toBe('50%');
  });

  it("keeps the KPI's own decimals on its value, but never pads a typed target or boundary", () => {
    expect(formatKpiValue(99.9614, 'percent', 3)).toBe('99.961%');
    expect(formatThreshold(99.9, 'percent', 3)).toBe('99.9%');
    expect(formatThreshold(100, 'percent', 3)).toBe('100%');
    expect(formatThreshold(99.85, 'percent', 3)).toBe('99.85%');
  });
});
