import { createDataFrame, FieldType, LoadingState, type DataQueryRequest } from '@grafana/data';
import { type DataSourceSrv } from '@grafana/runtime';
import { type DataSourceRef } from '@grafana/schema';
import { map, of, Subject } from 'rxjs';

import { testKpi } from './kpiTestData';
import { liveKpiResults, type LiveKpiResults } from './liveKpiResults';

const now = Date.parse('2026-05-20T12:00:00Z');

const answer = (request: DataQueryRequest, value: number) => ({
  state: LoadingState.Done,
  data: request.targets.map((t) =>
    createDataFrame({
      refId: t.refId,
      fields: [
        { name: 'Time', type: FieldType.time, values: [now - 3_600_000, now - 60_000] },
        { name: 'Value', type: FieldType.number, values: [value, value] },
      ],
    })
  ),
});

describe('liveKpiResults', () => {
  afterEach(() => jest.useRealTimers());

  it('re-evaluates only the KPIs whose answers came: the others keep their result object', async () => {
    jest.useFakeTimers();
    const slow = new Subject<void>();
    // prom-a answers at once; prom-b (KPI b's datasource) when the test says so.
    const dsSrv = {
      get: async (ref: DataSourceRef) => ({
        query: (request: DataQueryRequest) =>
          ref.uid === 'prom-b' ? slow.pipe(map(() => answer(request, 12))) : of(answer(request, 12)),
      }),
    } as unknown as DataSourceSrv;
    const kpis = [testKpi('a'), testKpi('b', { query: { datasource: { uid: 'prom-b' }, expr: 'b' } })];
    const states: LiveKpiResults[] = [];
    const subscription = liveKpiResults(kpis, { now, timeZone: 'utc' }, dsSrv).subscribe((s) => states.push(s));

    // a's answers go out once the answers pause (coalesceAnswers), b still loading.
    await jest.advanceTimersByTimeAsync(1000);
    const before = states[states.length - 1];
    expect(before.results.map((r) => [r.kpi.id, r.loading, r.evaluation?.status])).toEqual([
      ['a', false, 'on-track'],
      ['b', true, undefined],
    ]);

    slow.next();
    await jest.advanceTimersByTimeAsync(0);
    const after = states[states.length - 1];
    expect(after.results[1].evaluation?.status).toBe('on-track');
    expect(after.results[0]).toBe(before.results[0]);
    // Every request as sent, for the debug view: per datasource the window, the previous period and the recent
    // span the newest sample is dated from.
    expect(after.requests.map((r) => r.loading)).toEqual([false, false, false, false, false, false]);
    subscription.unsubscribe();
  });
});
