import { createDataFrame, FieldType, LoadingState, type DataQueryRequest } from '@grafana/data';
import { type DataSourceSrv } from '@grafana/runtime';
import { lastValueFrom, map, Observable, of, Subject } from 'rxjs';

import { type Kpi } from '../kpi/types';
import { testKpi } from './kpiTestData';
import { type LiveKpiResults } from './liveKpiResults';
import { planKpiRequests } from './planKpiRequests';
import { sharedKpiResults } from './sharedKpiRuns';

const now = Date.parse('2026-05-20T12:00:00Z');

const answer = (request: DataQueryRequest) => ({
  state: LoadingState.Done,
  data: request.targets.map((t) =>
    createDataFrame({
      refId: t.refId,
      fields: [
        { name: 'Time', type: FieldType.time, values: [now - 3_600_000, now - 60_000] },
        { name: 'Value', type: FieldType.number, values: [12, 12] },
      ],
    })
  ),
});

/** A datasource service that counts the requests sent; `answers` decides when each is answered. */
function countingDsSrv(answers: (request: DataQueryRequest) => Observable<unknown> = (r) => of(answer(r))) {
  const sent: DataQueryRequest[] = [];
  const dsSrv = {
    get: async () => ({
      query: (request: DataQueryRequest) => {
        sent.push(request);
        return answers(request);
      },
    }),
  } as unknown as DataSourceSrv;
  return { dsSrv, sent };
}

const kpi = (id: string, uid = 'prom-a') => testKpi(id, { query: { datasource: { uid }, expr: id } });
const unionPlan = (kpis: Kpi[], options = { now, timeZone: 'utc' }) =>
  planKpiRequests(kpis, { ...options, withPrevious: true, withFreshness: true }).requests.length;
const ids = (live: LiveKpiResults) => live.results.map((r) => [r.kpi.id, r.loading, r.evaluation?.status]);

/** Lets the tick end and coalesceAnswers' pause pass, on jest's clock. */
const settle = () => jest.advanceTimersByTimeAsync(1000);

describe('sharedKpiResults', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends the union plan’s requests once for the queries of one refresh, each getting its own KPIs', async () => {
    const { dsSrv, sent } = countingDsSrv();
    const panels = [
      [kpi('a'), kpi('b', 'prom-b')],
      [kpi('b', 'prom-b'), kpi('c', 'prom-c')],
      [kpi('d'), kpi('a')],
    ];
    const runs = Promise.all(
      panels.map((kpis) => lastValueFrom(sharedKpiResults(kpis, { now, timeZone: 'utc' }, dsSrv)))
    );
    await settle();
    const lasts = await runs;

    const union = [kpi('a'), kpi('b', 'prom-b'), kpi('c', 'prom-c'), kpi('d')];
    expect(sent).toHaveLength(unionPlan(union));
    // One query per panel would have sent more: the sharing is what the count shows.
    expect(panels.reduce((n, kpis) => n + unionPlan(kpis), 0)).toBeGreaterThan(sent.length);
    expect(lasts.map(ids)).toEqual([
      [
        ['a', false, 'on-track'],
        ['b', false, 'on-track'],
      ],
      [
        ['b', false, 'on-track'],
        ['c', false, 'on-track'],
      ],
      [
        ['d', false, 'on-track'],
        ['a', false, 'on-track'],
      ],
    ]);
  });

  it('keeps a panel loading until its own KPIs are in, whatever the others’ answers', async () => {
    const slow = new Subject<void>();
    const { dsSrv } = countingDsSrv((r) =>
      r.targets.some((t) => (t.datasource as { uid: string }).uid === 'prom-b')
        ? slow.pipe(map(() => answer(r)))
        : of(answer(r))
    );
    const fast: LiveKpiResults[] = [];
    const waiting: LiveKpiResults[] = [];
    sharedKpiResults([kpi('a')], { now, timeZone: 'utc' }, dsSrv).subscribe((s) => fast.push(s));
    const done = lastValueFrom(sharedKpiResults([kpi('b', 'prom-b')], { now, timeZone: 'utc' }, dsSrv));
    sharedKpiResults([kpi('b', 'prom-b')], { now, timeZone: 'utc' }, dsSrv).subscribe((s) => waiting.push(s));
    await settle();

    expect(ids(fast[fast.length - 1])).toEqual([['a', false, 'on-track']]);
    expect(waiting.map(ids)).toEqual([[['b', true, undefined]]]);
    slow.next();
    slow.complete();
    await settle();
    await expect(done.then(ids)).resolves.toEqual([['b', false, 'on-track']]);
    expect(waiting).toHaveLength(2);
  });

  it('shares a running batch with a later query whose KPIs are all in it; another now is its own run', async () => {
    const gate = new Subject<void>();
    const { dsSrv, sent } = countingDsSrv(
      (r) => new Observable((s) => gate.subscribe(() => (s.next(answer(r)), s.complete())))
    );
    const first = lastValueFrom(sharedKpiResults([kpi('a'), kpi('b', 'prom-b')], { now, timeZone: 'utc' }, dsSrv));
    await settle();
    const batchSent = sent.length;
    expect(batchSent).toBe(unionPlan([kpi('a'), kpi('b', 'prom-b')]));

    const subset = lastValueFrom(sharedKpiResults([kpi('b', 'prom-b')], { now, timeZone: 'utc' }, dsSrv));
    const later = { now: now + 60_000, timeZone: 'utc' };
    const refreshed = lastValueFrom(sharedKpiResults([kpi('a')], later, dsSrv));
    await settle();
    expect(sent).toHaveLength(batchSent + unionPlan([kpi('a')], later));

    gate.next();
    await settle();
    expect(ids(await subset)).toEqual([['b', false, 'on-track']]);
    expect(ids(await first)).toEqual([
      ['a', false, 'on-track'],
      ['b', false, 'on-track'],
    ]);
    expect(ids(await refreshed)).toEqual([['a', false, 'on-track']]);
  });

  it('cancels the requests once every query of the batch unsubscribes', async () => {
    let open = 0;
    const { dsSrv, sent } = countingDsSrv(
      () =>
        new Observable(() => {
          open++;
          return () => open--;
        })
    );
    const one = sharedKpiResults([kpi('a')], { now, timeZone: 'utc' }, dsSrv).subscribe();
    const two = sharedKpiResults([kpi('b', 'prom-b')], { now, timeZone: 'utc' }, dsSrv).subscribe();
    await settle();
    expect(open).toBe(sent.length);
    expect(sent.length).toBeGreaterThan(0);

    one.unsubscribe();
    expect(open).toBe(sent.length);
    two.unsubscribe();
    expect(open).toBe(0);
  });
});
