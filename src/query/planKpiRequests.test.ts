import { testKpi } from './kpiTestData';
import { planKpiRequests } from './planKpiRequests';

const now = Date.parse('2026-05-20T12:00:00Z');
const options = { now, timeZone: 'utc', withPrevious: true };

describe('planKpiRequests', () => {
  it('asks 100 KPIs on 2 datasources, with the previous period, in 4 requests', () => {
    const kpis = Array.from({ length: 100 }, (_, i) =>
      testKpi(`kpi-${i}`, {
        query: { datasource: { type: 'prometheus', uid: i % 2 ? 'prom-a' : 'prom-b' }, expr: `m${i}` },
      })
    );
    const plan = planKpiRequests(kpis, options);
    expect(plan.requests).toHaveLength(4);
    expect(plan.requests.map((r) => r.targets.length)).toEqual([50, 50, 50, 50]);
    expect(new Set(plan.requests.map((r) => `${r.datasource.uid} ${r.period}`))).toEqual(
      new Set(['prom-a current', 'prom-a previous', 'prom-b current', 'prom-b previous'])
    );
  });

  it('uses the KPI id as refId and asks identical queries once', () => {
    const shared = { datasource: { type: 'prometheus', uid: 'prom-a' }, expr: 'sum(up)' };
    const plan = planKpiRequests([testKpi('a', { query: shared }), testKpi('b', { query: { ...shared } })], {
      ...options,
      withPrevious: false,
    });
    expect(plan.requests).toHaveLength(1);
    expect(plan.requests[0].targets).toEqual([{ ...shared, refId: 'a' }]);
    expect(plan.kpis.get('b')?.answers.current?.refId).toBe('a');
  });

  it('gives each window its own span: rolling ends at now, the previous period just before', () => {
    const plan = planKpiRequests(
      [testKpi('week', { window: '7d' }), testKpi('q', { window: 'quarter', reduce: 'sum' })],
      options
    );
    const spans = plan.requests.map((r) => [
      r.period,
      new Date(r.span.from).toISOString(),
      new Date(r.span.to).toISOString(),
    ]);
    expect(spans).toEqual([
      ['current', '2026-05-13T12:00:00.000Z', '2026-05-20T12:00:00.000Z'],
      ['previous', '2026-05-06T12:00:00.000Z', '2026-05-13T12:00:00.000Z'],
      ['current', '2026-04-01T00:00:00.000Z', '2026-05-20T12:00:00.000Z'],
      // The whole previous quarter: its total feeds the forecast, its first 49.5 days give the previous value.
      ['previous', '2026-01-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z'],
    ]);
    expect(plan.kpis.get('q')?.previous).toEqual({
      from: Date.parse('2026-01-01T00:00:00Z'),
      to: Date.parse('2026-02-19T12:00:00Z'),
    });
  });

  it('dates the newest sample from a recent span at a step of a minute, or 10% of maxAge', () => {
    const plan = planKpiRequests(
      [
        testKpi('month', { window: '30d' }),
        testKpi('slow', { window: '30d', maxAge: '6h' }),
        testKpi('h', { window: '1h' }),
      ],
      { ...options, withFreshness: true }
    );
    const fresh = plan.requests.filter((r) => r.period === 'fresh');
    const hours = (r: (typeof fresh)[number]) => (r.span.to - r.span.from) / 3_600_000;
    // 720 points of 1 minute, and of 36 minutes; a 1h window's own step (5s) is fine enough: none for it.
    expect(fresh.map(hours)).toEqual([12, 432]);
    expect(fresh.every((r) => r.span.to === now)).toBe(true);
    expect(plan.kpis.get('h')?.answers.fresh).toBeUndefined();
  });
});
