import { createDataFrame, FieldType, LoadingState, type DataQueryRequest, type DataQueryResponse } from '@grafana/data';
import { type DataSourceSrv } from '@grafana/runtime';
import { filter, firstValueFrom, lastValueFrom, NEVER, Observable, of, throwError } from 'rxjs';

import { fakeLanguage } from '../test-fixtures/fakeLanguage';
import { evaluateResults } from './evaluateResults';
import { testKpi } from './kpiTestData';
import { planKpiRequests } from './planKpiRequests';
import { runKpiQueries } from './runKpiQueries';

jest.mock('@grafana/i18n', () => jest.requireActual('../test-fixtures/fakeLanguage').mockI18n());

const now = Date.parse('2026-05-20T12:00:00Z');

/** A datasource service whose datasources answer from a function and count what they were asked. */
function countingDsSrv(answer: (request: DataQueryRequest) => Observable<DataQueryResponse>) {
  const requests: DataQueryRequest[] = [];
  const srv = {
    get: async () => ({
      query: (request: DataQueryRequest) => {
        requests.push(request);
        return answer(request);
      },
    }),
  } as unknown as DataSourceSrv;
  return { srv, requests };
}

function series(refId: string, value: number) {
  return createDataFrame({
    refId,
    fields: [
      { name: 'Time', type: FieldType.time, values: [now - 3_600_000, now - 60_000] },
      { name: 'Value', type: FieldType.number, values: [value, value] },
    ],
  });
}

const done = <T extends { loading: boolean }>(results: T[]) => results.every((r) => !r.loading);

describe('runKpiQueries', () => {
  it('sends one request per planned group and evaluates every KPI from it', async () => {
    const kpis = [testKpi('a'), testKpi('b'), testKpi('c', { query: { datasource: { uid: 'prom-b' }, expr: 'x' } })];
    const plan = planKpiRequests(kpis, { now, timeZone: 'utc', withPrevious: false });
    const { srv, requests } = countingDsSrv((r) =>
      of({ data: r.targets.map((t) => series(t.refId, 12)), state: LoadingState.Done })
    );
    const results = await firstValueFrom(runKpiQueries(plan, srv).pipe(filter(done)));
    expect(requests).toHaveLength(2);
    expect(requests[0].range.to.valueOf()).toBe(now);
    const evaluated = evaluateResults(kpis, plan, results, now);
    expect(evaluated.map((r) => [r.kpi.id, r.evaluation?.status, r.evaluation?.value])).toEqual([
      ['a', 'on-track', 12],
      ['b', 'on-track', 12],
      ['c', 'on-track', 12],
    ]);
  });

  it("keeps one query's error on its KPI and a missing refId as an error, without blanking the others", async () => {
    const kpis = [testKpi('ok'), testKpi('broken'), testKpi('forgotten')];
    const plan = planKpiRequests(kpis, { now, timeZone: 'utc', withPrevious: false });
    const { srv } = countingDsSrv(() =>
      of({
        data: [series('ok', 3)],
        errors: [{ refId: 'broken', message: 'bad_data: parse error' }],
        state: LoadingState.Error,
      })
    );
    const results = await lastValueFrom(runKpiQueries(plan, srv));
    const evaluated = evaluateResults(kpis, plan, results, now);
    expect(evaluated.map((r) => [r.kpi.id, r.evaluation?.status, r.evaluation?.error])).toEqual([
      ['ok', 'off-track', null],
      ['broken', 'error', 'bad_data: parse error'],
      ['forgotten', 'error', 'the datasource returned nothing for this query'],
    ]);
  });

  it("words a failure that came without words of its own in the user's language", async () => {
    // Two datasources, so two requests: one throws without a message, one answers an error without one.
    const kpis = [testKpi('thrown'), testKpi('wordless', { query: { datasource: { uid: 'prom-b' }, expr: 'x' } })];
    const plan = planKpiRequests(kpis, { now, timeZone: 'utc', withPrevious: false });
    const { srv } = countingDsSrv((r) =>
      r.targets[0].refId === 'thrown'
        ? throwError(() => ({}))
        : of({ data: [], errors: [{ refId: 'wordless' }], state: LoadingState.Error })
    );
    fakeLanguage.on = true;
    try {
      const results = await lastValueFrom(runKpiQueries(plan, srv));
      expect(evaluateResults(kpis, plan, results, now).map((r) => r.evaluation?.error)).toEqual([
        '[errors.query-failed]',
        '[errors.query-failed]',
      ]);
    } finally {
      fakeLanguage.on = false;
    }
  });

  it("words the failures it names itself in the user's language: a timeout, a query left unanswered", async () => {
    // Two datasources, so two requests: one never answers, one answers one of its two queries.
    const other = (expr: string) => ({ query: { datasource: { uid: 'prom-b' }, expr } });
    const kpis = [testKpi('slow'), testKpi('answered', other('x')), testKpi('forgotten', other('y'))];
    const plan = planKpiRequests(kpis, { now, timeZone: 'utc', withPrevious: false });
    const { srv } = countingDsSrv((r) =>
      r.targets[0].refId === 'slow' ? NEVER : of({ data: [series('answered', 12)], state: LoadingState.Done })
    );
    fakeLanguage.on = true;
    try {
      const results = await lastValueFrom(runKpiQueries(plan, srv, { timeoutMs: 20 }));
      expect(evaluateResults(kpis, plan, results, now).map((r) => r.evaluation?.error)).toEqual([
        '[errors.timed-out]',
        null,
        '[errors.nothing-returned]',
      ]);
    } finally {
      fakeLanguage.on = false;
    }
  });

  it("words a settled request without an outcome for a KPI's query in the user's language", () => {
    const kpis = [testKpi('a')];
    const plan = planKpiRequests(kpis, { now, timeZone: 'utc', withPrevious: false });
    const settled = [{ key: plan.requests[0].key, loading: false, outcomes: new Map() }];
    fakeLanguage.on = true;
    try {
      expect(evaluateResults(kpis, plan, settled, now)[0].evaluation?.error).toBe('[errors.no-answer]');
    } finally {
      fakeLanguage.on = false;
    }
  });

  it('turns a request that never answers into a timeout error on its KPIs', async () => {
    const kpis = [testKpi('slow')];
    const plan = planKpiRequests(kpis, { now, timeZone: 'utc', withPrevious: false });
    const { srv } = countingDsSrv(() => NEVER);
    const results = await lastValueFrom(runKpiQueries(plan, srv, { timeoutMs: 20 }));
    expect(evaluateResults(kpis, plan, results, now)[0].evaluation?.error).toBe('timed out after 0.02 s');
  });

  it('cancels what is in flight when the view unsubscribes', async () => {
    let cancelled = 0;
    const { srv } = countingDsSrv(() => new Observable<DataQueryResponse>(() => () => cancelled++));
    const plan = planKpiRequests([testKpi('a'), testKpi('b', { window: '1h' })], {
      now,
      timeZone: 'utc',
      withPrevious: false,
    });
    const subscription = runKpiQueries(plan, srv).subscribe();
    await new Promise((resolve) => setTimeout(resolve, 0));
    subscription.unsubscribe();
    expect(cancelled).toBe(2);
  });

  it('passes scoped variables to the datasource, which interpolates them the Grafana way', async () => {
    const kpis = [testKpi('a', { query: { datasource: { uid: 'prom-a' }, expr: 'up{team="$team"}' } })];
    const plan = planKpiRequests(kpis, { now, timeZone: 'utc', withPrevious: false });
    const { srv, requests } = countingDsSrv(() => of({ data: [] }));
    await lastValueFrom(runKpiQueries(plan, srv, { scopedVars: { team: { text: 'sre', value: 'sre' } } }));
    expect(requests[0].scopedVars.team?.value).toBe('sre');
    expect(requests[0].targets[0]).toMatchObject({
      refId: 'a',
      expr: 'up{team="$team"}',
      datasource: { uid: 'prom-a' },
    });
  });
});
