import { attainment, effectiveAtRisk, thresholdStatus } from './kpiStatus';
import { type Direction, type KpiStatus, type Target } from './types';

type Case = [string, Direction, Target, number, KpiStatus];

describe('thresholdStatus', () => {
  const cases: Case[] = [
    // higher-is-better, explicit atRisk
    ['above target', 'higher-is-better', { value: 10, atRisk: 8 }, 12, 'on-track'],
    ['exactly at target', 'higher-is-better', { value: 10, atRisk: 8 }, 10, 'on-track'],
    ['between atRisk and target', 'higher-is-better', { value: 10, atRisk: 8 }, 9, 'at-risk'],
    ['exactly at atRisk', 'higher-is-better', { value: 10, atRisk: 8 }, 8, 'at-risk'],
    ['below atRisk', 'higher-is-better', { value: 10, atRisk: 8 }, 7.99, 'off-track'],
    // higher-is-better, default atRisk = 10 - 1 = 9
    ['default band: at default atRisk', 'higher-is-better', { value: 10 }, 9, 'at-risk'],
    ['default band: just below it', 'higher-is-better', { value: 10 }, 8.99, 'off-track'],
    // lower-is-better, explicit atRisk
    ['below target', 'lower-is-better', { value: 60, atRisk: 90 }, 30, 'on-track'],
    ['exactly at target', 'lower-is-better', { value: 60, atRisk: 90 }, 60, 'on-track'],
    ['between target and atRisk', 'lower-is-better', { value: 60, atRisk: 90 }, 75, 'at-risk'],
    ['exactly at atRisk', 'lower-is-better', { value: 60, atRisk: 90 }, 90, 'at-risk'],
    ['above atRisk', 'lower-is-better', { value: 60, atRisk: 90 }, 90.01, 'off-track'],
    // lower-is-better, default atRisk = 60 + 6 = 66
    ['default band: at default atRisk', 'lower-is-better', { value: 60 }, 66, 'at-risk'],
    ['default band: just above it', 'lower-is-better', { value: 60 }, 66.01, 'off-track'],
    // target 0: no at-risk band
    ['target 0, higher, at 0', 'higher-is-better', { value: 0 }, 0, 'on-track'],
    ['target 0, higher, below 0', 'higher-is-better', { value: 0 }, -0.001, 'off-track'],
    ['target 0, lower, at 0', 'lower-is-better', { value: 0 }, 0, 'on-track'],
    ['target 0, lower, one incident', 'lower-is-better', { value: 0 }, 1, 'off-track'],
    ['target 0, lower, explicit atRisk', 'lower-is-better', { value: 0, atRisk: 2 }, 1, 'at-risk'],
    // negative targets: the band is 10% of |target| on the bad side
    ['negative, higher, at target', 'higher-is-better', { value: -10 }, -10, 'on-track'],
    ['negative, higher, default atRisk -11', 'higher-is-better', { value: -10 }, -11, 'at-risk'],
    ['negative, higher, below -11', 'higher-is-better', { value: -10 }, -11.5, 'off-track'],
    ['negative, lower, at target', 'lower-is-better', { value: -10 }, -10, 'on-track'],
    ['negative, lower, default atRisk -9', 'lower-is-better', { value: -10 }, -9, 'at-risk'],
    ['negative, lower, above -9', 'lower-is-better', { value: -10 }, -8.5, 'off-track'],
    // in-range 40..60: band 2 on each side
    ['in range', 'in-range', { min: 40, max: 60 }, 50, 'on-track'],
    ['at min', 'in-range', { min: 40, max: 60 }, 40, 'on-track'],
    ['at max', 'in-range', { min: 40, max: 60 }, 60, 'on-track'],
    ['below min within band', 'in-range', { min: 40, max: 60 }, 38, 'at-risk'],
    ['above max within band', 'in-range', { min: 40, max: 60 }, 62, 'at-risk'],
    ['below band', 'in-range', { min: 40, max: 60 }, 37.9, 'off-track'],
    ['above band', 'in-range', { min: 40, max: 60 }, 62.1, 'off-track'],
    ['min = max: no band', 'in-range', { min: 5, max: 5 }, 5.1, 'off-track'],
    // decimal targets whose band is not exact in binary floating point: a value on the boundary is at risk
    ['decimal, lower, on the band edge 0.33', 'lower-is-better', { value: 0.3 }, 0.33, 'at-risk'],
    ['decimal, lower, just past it', 'lower-is-better', { value: 0.3 }, 0.3301, 'off-track'],
    ['decimal, higher, on the band edge 0.99', 'higher-is-better', { value: 1.1 }, 0.99, 'at-risk'],
    ['decimal range, on the upper band edge', 'in-range', { min: 0, max: 0.3 }, 0.33, 'at-risk'],
    ['decimal range, on the lower band edge', 'in-range', { min: 0, max: 0.7 }, -0.07, 'at-risk'],
  ];

  it.each(cases)('%s (%s %j, v=%d) is %s', (_name, direction, target, v, expected) => {
    expect(thresholdStatus(direction, target, v)).toBe(expected);
  });

  it('puts a value on the default band edge at risk for every one-decimal target from 0.1 to 1000', () => {
    const wrong: string[] = [];
    for (let k = 1; k <= 10_000; k++) {
      const value = k / 10;
      // The edges as decimals, each the double nearest to it (an integer over a power of ten).
      const above = (k * 11) / 100;
      const below = (k * 9) / 100;
      if (thresholdStatus('lower-is-better', { value }, above) !== 'at-risk') {
        wrong.push(`lower ${value} at ${above}`);
      }
      if (thresholdStatus('higher-is-better', { value }, below) !== 'at-risk') {
        wrong.push(`higher ${value} at ${below}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('effectiveAtRisk', () => {
  it.each([
    ['higher-is-better', { value: 10, atRisk: 7 }, 7],
    ['higher-is-better', { value: 10 }, 9],
    ['lower-is-better', { value: 200 }, 220],
    ['higher-is-better', { value: -10 }, -11],
    ['lower-is-better', { value: -10 }, -9],
    ['higher-is-better', { value: 0 }, 0],
    ['lower-is-better', { value: 0 }, 0],
    ['in-range', { min: 1, max: 2 }, null],
    ['lower-is-better', { value: 0.3 }, 0.33], // not 0.32999999999999996: `kpi evaluate` prints it
  ] as Array<[Direction, Target, number | null]>)('%s %j -> %s', (direction, target, expected) => {
    expect(effectiveAtRisk(direction, target)).toBe(expected);
  });
});

describe('attainment', () => {
  it.each([
    ['higher-is-better', { value: 10 }, 12, 1.2],
    ['higher-is-better', { value: 10 }, 5, 0.5],
    ['lower-is-better', { value: 60 }, 30, 2],
    ['lower-is-better', { value: 60 }, 120, 0.5],
    ['higher-is-better', { value: 0 }, 5, null],
    ['lower-is-better', { value: 60 }, 0, null],
    ['in-range', { min: 1, max: 2 }, 1.5, null],
    ['higher-is-better', { value: 10 }, null, null],
  ] as Array<[Direction, Target, number | null, number | null]>)(
    '%s %j v=%s -> %s',
    (direction, target, v, expected) => {
      expect(attainment(direction, target, v)).toBe(expected);
    }
  );
});
