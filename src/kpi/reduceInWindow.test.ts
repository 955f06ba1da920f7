import { DAY, makeKpi, seriesFrame } from '../test-fixtures/kpiBuilders';
import { reduceInWindow } from './reduceInWindow';

// A month's span and an answer that starts ten days before it, as a calendar KPI's query answers.
const FROM = Date.parse('2026-03-01T00:00:00Z');
const span = { from: FROM, to: FROM + 17 * DAY };
const times = Array.from({ length: 28 }, (_, i) => FROM + (i - 10) * DAY);

function reduce(reduce: string, values: Array<number | null>) {
  return reduceInWindow(makeKpi({ reduce }), [seriesFrame(times, values)], span);
}

describe('reduceInWindow on an answer that starts before the span', () => {
  const before = Array<number | null>(10).fill(7);

  it('reads the newest number in the span, not one before it, when the span holds only nulls after that', () => {
    const inside = [3, ...Array<number | null>(17).fill(null)];
    expect(reduce('lastNotNull', [...before, ...inside])).toEqual({ value: 3, newest: FROM });
  });

  it('has no value when the span holds no number, whatever came before it', () => {
    expect(reduce('lastNotNull', [...before, ...Array<number | null>(18).fill(null)])).toEqual({
      value: null,
      newest: null,
    });
    expect(reduce('last', [...before, ...Array<number | null>(18).fill(null)])).toEqual({ value: null, newest: null });
  });

  it('gives the reducers that read every sample only the samples in the span', () => {
    const inside = Array.from({ length: 18 }, (_, i) => i);
    expect(reduce('sum', [...before, ...inside])).toMatchObject({ value: 153 });
    expect(reduce('first', [...before, ...inside])).toMatchObject({ value: 0 });
    expect(reduce('last', [...before, ...inside])).toMatchObject({ value: 17 });
  });

  it('leaves out samples after the span for the reducers that read from the end', () => {
    const after = [...before, ...Array.from({ length: 18 }, (_, i) => i)];
    const shorter = { from: FROM, to: FROM + 5 * DAY };
    const kpi = makeKpi({ reduce: 'lastNotNull' });
    expect(reduceInWindow(kpi, [seriesFrame(times, after)], shorter)).toEqual({ value: 5, newest: FROM + 5 * DAY });
  });
});
