import { type DataSourceSrv } from '@grafana/runtime';
import {
  defer,
  distinctUntilChanged,
  finalize,
  map,
  ReplaySubject,
  share,
  switchMap,
  timer,
  type Observable,
} from 'rxjs';

import { type Kpi } from '../kpi/types';
import { type KpiResult } from './evaluateResults';
import { liveKpiResults, type LiveKpiResults, type LiveOptions } from './liveKpiResults';

/** The KPIs asked for together: gathered until the tick ends, then run once as one plan. */
interface Batch {
  kpis: Map<string, Kpi>;
  started: boolean;
  results: Observable<LiveKpiResults>;
}

/** Open batches by datasource service, then by evaluation (now and time zone). */
const batches = new WeakMap<DataSourceSrv, Map<string, Batch>>();

/**
 * liveKpiResults for queries that arrive together, as a dashboard refresh's panels do (every panel queries
 * within the same tick, at the same time range): the KPIs asked for in one tick at the same now and time zone
 * share ONE plan over their union, so a KPI or a span two panels need is asked for once. Each subscriber gets its
 * own KPIs' results, in its order (each stays `loading` until its own answer is in), and the batch's requests.
 * A query arriving once the batch has started joins it if all its KPIs are in it, else starts its own batch; a
 * new refresh has a new now, so a new batch. Unsubscribing every query cancels the requests still running.
 * KPI queries take no dashboard variables (only time macros), so the first query's scoped variables serve all.
 */
export function sharedKpiResults(
  kpis: Kpi[],
  options: Omit<LiveOptions, 'coalesce'>,
  dsSrv: DataSourceSrv
): Observable<LiveKpiResults> {
  return defer(() => joinBatch(kpis, options, dsSrv).results).pipe(
    map((live) => ownResults(live, kpis)),
    // Another panel's answer leaves this one's results as they were: no new state for it.
    distinctUntilChanged((a, b) => a.results.every((r, i) => r === b.results[i]))
  );
}

function ownResults(live: LiveKpiResults, kpis: Kpi[]): LiveKpiResults {
  const byId = new Map<string, KpiResult>(live.results.map((r) => [r.kpi.id, r]));
  return { requests: live.requests, results: kpis.map((kpi) => byId.get(kpi.id)!) };
}

function joinBatch(kpis: Kpi[], options: Omit<LiveOptions, 'coalesce'>, dsSrv: DataSourceSrv): Batch {
  const open = batches.get(dsSrv) ?? new Map<string, Batch>();
  batches.set(dsSrv, open);
  const key = `${options.now}|${options.timeZone}`;
  const current = open.get(key);
  if (current && (!current.started || kpis.every((kpi) => current.kpis.has(kpi.id)))) {
    kpis.forEach((kpi) => current.kpis.set(kpi.id, kpi));
    return current;
  }
  const batch: Batch = { kpis: new Map(kpis.map((kpi) => [kpi.id, kpi])), started: false, results: undefined! };
  batch.results = timer(0).pipe(
    switchMap(() => {
      batch.started = true;
      return liveKpiResults([...batch.kpis.values()], options, dsSrv);
    }),
    // Done or dropped by every query: the next query with this now (an absolute range refreshed) asks again.
    finalize(() => open.get(key) === batch && open.delete(key)),
    // Late joiners get the latest state at once (it holds every request's last result).
    share({ connector: () => new ReplaySubject(1), resetOnRefCountZero: true, resetOnComplete: true })
  );
  open.set(key, batch);
  return batch;
}
