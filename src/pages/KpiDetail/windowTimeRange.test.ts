import { rangeUtil } from '@grafana/data';

import { kpiThresholds } from '../../kpi/kpiThresholds';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { windowTimeRange } from './windowTimeRange';

describe('windowTimeRange', () => {
  it.each([
    ['7d', 'now-7d'],
    ['month', 'now/M'],
    ['1ms', 'now-1s'],
    ['1500ms', 'now-2s'],
  ])('gives the KPI page a range the time picker can read for %s', (window, from) => {
    const range = windowTimeRange(window);
    expect(range.from).toBe(from);
    const { from: start, to } = rangeUtil.convertRawToRange(range);
    expect(start.isValid() && to.isValid()).toBe(true);
  });
});

describe('kpiThresholds', () => {
  it('keeps a huge target finite for the chart, beyond any series', () => {
    const { steps } = kpiThresholds(makeKpi({ direction: 'higher-is-better', target: { value: 1e308 } }));
    expect(steps.slice(1).every((s) => Number.isFinite(s.value) && Math.abs(s.value) <= 1e300)).toBe(true);
    expect(steps[0].value).toBe(-Infinity);
  });
});
