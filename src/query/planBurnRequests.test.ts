import { BURN_ALERT_PAIRS } from '../kpi/errorBudget';
import { durationMs } from '../kpi/grafanaKnowledge';
import { testKpi } from './kpiTestData';
import { planBurnRequests } from './planBurnRequests';
import { MAX_DATA_POINTS, toDataQueryRequest } from './toDataQueryRequest';

const now = Date.parse('2026-05-20T12:20:00Z');
const query = { datasource: { type: 'prometheus', uid: 'prom-a' }, expr: 'sli:ratio' };
const slo = testKpi('availability', { window: '30d', unit: 'percent', slo: { objective: 99.9 }, query });

describe('planBurnRequests', () => {
  it("asks the KPI's own query once per alert pair, over the long window, at a step that fits the short one", () => {
    const planned = planBurnRequests(slo, now).map((p) => {
      const request = toDataQueryRequest(p);
      const short = BURN_ALERT_PAIRS.find((pair) => pair.longWindow === p.longWindow)!.shortWindow;
      return {
        pair: `${p.longWindow}/${short}`,
        hoursBack: (now - request.range.from.valueOf()) / 3600_000,
        to: request.range.to.valueOf(),
        interval: request.interval,
        maxDataPoints: request.maxDataPoints,
        samplesInShortSpan: durationMs(short)! / request.intervalMs,
        targets: request.targets,
      };
    });
    const asked = [{ ...query, refId: 'availability' }];
    const common = { to: now, maxDataPoints: MAX_DATA_POINTS, targets: asked };
    expect(planned).toEqual([
      { pair: '1h/5m', hoursBack: 1, interval: '5s', samplesInShortSpan: 60, ...common },
      { pair: '6h/30m', hoursBack: 6, interval: '30s', samplesInShortSpan: 60, ...common },
      { pair: '1d/2h', hoursBack: 24, interval: '2m', samplesInShortSpan: 60, ...common },
      { pair: '3d/6h', hoursBack: 72, interval: '5m', samplesInShortSpan: 72, ...common },
    ]);
  });

  it('asks nothing for a KPI without an SLO', () => {
    expect(planBurnRequests(testKpi('deploys'), now)).toEqual([]);
  });
});

describe('planBurnRequests with good and total', () => {
  const counted = testKpi('availability', {
    window: '30d',
    unit: 'percent',
    query,
    slo: {
      objective: 99.9,
      good: { expr: 'sum(increase(ok[$__range]))' },
      total: { datasource: { type: 'prometheus', uid: 'prom-b' }, expr: 'sum(increase(all[$__range]))' },
    },
  });

  it('asks both as one number over every span, each on its datasource, so $__range is the span', () => {
    const planned = planBurnRequests(counted, now);
    const spans = planned.map((p) => `${p.countSpan} ${(p.span.to - p.span.from) / 60_000}m ${p.datasource.uid}`);
    expect(spans.slice(0, 4)).toEqual(['5m 5m prom-a', '5m 5m prom-b', '30m 30m prom-a', '30m 30m prom-b']);
    expect(planned).toHaveLength(14);
    expect(planned[0].targets).toEqual([
      { instant: true, range: false, expr: 'sum(increase(ok[$__range]))', datasource: query.datasource, refId: 'good' },
    ]);
    expect(planned.every((p) => p.span.to === now)).toBe(true);
  });
});
