import { sparklineRange } from './sparklineRange';

describe('sparklineRange: a y-scale that does not exaggerate', () => {
  it('holds the data and the target', () => {
    expect(sparklineRange([5, 6, 7], 'higher-is-better', { value: 10, atRisk: 8 })).toEqual({ min: 5, max: 10 });
  });

  it('keeps a wobble inside the at-risk band small: the span is at least twice the band', () => {
    // 99.90 .. 99.95 against a 99.9 target with a 0.5 band: autoscaled this would fill the chart.
    const range = sparklineRange([99.9, 99.95, 99.92], 'higher-is-better', { value: 99.9, atRisk: 99.4 })!;
    expect(range.max - range.min).toBeCloseTo(1, 5);
    expect(range.min).toBeLessThanOrEqual(99.4);
    expect(range.max).toBeGreaterThanOrEqual(99.95);
  });

  it('never gives non-negative data a negative axis', () => {
    const range = sparklineRange([0, 0.1], 'lower-is-better', { value: 0 })!;
    expect(range.min).toBe(0);
    expect(range.max).toBeGreaterThanOrEqual(0.1);
  });

  it('holds both ends of an in-range target', () => {
    expect(sparklineRange([50], 'in-range', { min: 40, max: 60 })).toEqual({ min: 40, max: 60 });
  });

  it('is null without a finite value', () => {
    expect(sparklineRange([null, NaN], 'higher-is-better', { value: 1 })).toBeNull();
  });
});
