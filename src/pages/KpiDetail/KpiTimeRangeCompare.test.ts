import { dateTime } from '@grafana/data';

import { KpiTimeRangeCompare } from './KpiTimeRangeCompare';

const range = (from: string, to: string) => ({
  from: dateTime(Date.parse(from)),
  to: dateTime(Date.parse(to)),
  raw: { from: 'now/M', to: 'now' },
});
const iso = (r: ReturnType<KpiTimeRangeCompare['getCompareTimeRange']>) => [r?.from.toISOString(), r?.to.toISOString()];

describe('KpiTimeRangeCompare: "Previous period" on a KPI chart', () => {
  it('is the same elapsed part of the previous calendar month, as "vs previous period" compares', () => {
    const compare = new KpiTimeRangeCompare({ compareWith: '__previousPeriod' });
    compare.forKpi('month', 'utc');
    const shifted = compare.getCompareTimeRange(range('2026-12-01T00:00:00Z', '2026-12-06T18:00:00Z'));
    expect(iso(shifted)).toEqual(['2026-11-01T00:00:00.000Z', '2026-11-06T18:00:00.000Z']);
  });

  it('follows the months of a quarter (92 days back from 1 January)', () => {
    const compare = new KpiTimeRangeCompare({ compareWith: '__previousPeriod' });
    compare.forKpi('quarter', 'utc');
    const shifted = compare.getCompareTimeRange(range('2027-01-01T00:00:00Z', '2027-01-10T00:00:00Z'));
    expect(iso(shifted)).toEqual(['2026-10-01T00:00:00.000Z', '2026-10-10T00:00:00.000Z']);
  });

  it("is scenes' shift by the range's length for a rolling window, or a range the user moved", () => {
    const rolling = new KpiTimeRangeCompare({ compareWith: '__previousPeriod' });
    rolling.forKpi('30d', 'utc');
    expect(iso(rolling.getCompareTimeRange(range('2026-11-06T00:00:00Z', '2026-12-06T00:00:00Z')))).toEqual([
      '2026-10-07T00:00:00.000Z',
      '2026-11-06T00:00:00.000Z',
    ]);
    const moved = new KpiTimeRangeCompare({ compareWith: '__previousPeriod' });
    moved.forKpi('month', 'utc');
    expect(iso(moved.getCompareTimeRange(range('2026-12-03T00:00:00Z', '2026-12-06T00:00:00Z')))).toEqual([
      '2026-11-30T00:00:00.000Z',
      '2026-12-03T00:00:00.000Z',
    ]);
  });

  it('keeps the other choices as scenes has them', () => {
    const compare = new KpiTimeRangeCompare({ compareWith: '1w' });
    compare.forKpi('month', 'utc');
    expect(iso(compare.getCompareTimeRange(range('2026-12-01T00:00:00Z', '2026-12-06T18:00:00Z')))).toEqual([
      '2026-11-24T00:00:00.000Z',
      '2026-11-29T18:00:00.000Z',
    ]);
  });
});
