import { type DataFrame, type DataQueryRequest, type DataQueryResponse, type ScopedVars } from '@grafana/data';
import { type DataSourceSrv } from '@grafana/runtime';
import { type DataQuery } from '@grafana/schema';
import {
  catchError,
  combineLatest,
  from,
  map,
  of,
  startWith,
  switchMap,
  throwError,
  timeout,
  type Observable,
} from 'rxjs';

import { type QueryOutcome } from '../kpi/evaluateKpi';
import { errorMessage } from './errorMessage';
import { failureText } from './failureText';
import { type SpanRequest } from './planKpiRequests';
import { toDataQueryRequest } from './toDataQueryRequest';

/** How long one datasource request may take before its KPIs show a timeout error. */
const REQUEST_TIMEOUT_MS = 30_000;

/** What one request gave: per refId outcome, and the request exactly as sent (for the debug view). */
export interface RequestResult {
  key: string;
  loading: boolean;
  request?: DataQueryRequest<DataQuery>;
  outcomes: Map<string, QueryOutcome>;
}

export interface RunOptions {
  scopedVars?: ScopedVars;
  timezone?: string;
  timeoutMs?: number;
}

/**
 * Runs every planned request through Grafana's datasource service, so any datasource works and backend
 * queries are batched into /api/ds/query by Grafana. Emits as answers arrive; one request's failure becomes
 * its KPIs' error and never blanks the others. Unsubscribing cancels what is still in flight.
 */
export function runKpiQueries(
  plan: { requests: SpanRequest[] },
  dsSrv: DataSourceSrv,
  options: RunOptions = {}
): Observable<RequestResult[]> {
  if (plan.requests.length === 0) {
    return of([]);
  }
  return combineLatest(plan.requests.map((planned) => runOne(planned, dsSrv, options)));
}

function runOne(planned: SpanRequest, dsSrv: DataSourceSrv, options: RunOptions): Observable<RequestResult> {
  const request = toDataQueryRequest(planned, options);
  const refIds = planned.targets.map((t) => t.refId);
  const failAll = (message: string): RequestResult => ({
    key: planned.key,
    loading: false,
    request,
    outcomes: new Map(refIds.map((refId) => [refId, { error: message }])),
  });
  const limit = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  return from(dsSrv.get(planned.datasource)).pipe(
    // query() returns an Observable or a Promise depending on the datasource; `from` takes both.
    switchMap((ds) => from(ds.query(request) as Observable<DataQueryResponse> | Promise<DataQueryResponse>)),
    timeout({ first: limit, with: () => throwError(() => new Error(failureText.timeout(limit / 1000))) }),
    map((response) => ({ key: planned.key, loading: false, request, outcomes: splitResponse(response, refIds) })),
    catchError((e) => of(failAll(errorMessage(e, failureText.query())))),
    startWith({ key: planned.key, loading: true, request, outcomes: new Map() } as RequestResult)
  );
}

/** Frames and errors by refId; a refId the datasource did not answer is that KPI's error. One pass over each. */
export function splitResponse(response: DataQueryResponse, refIds: string[]): Map<string, QueryOutcome> {
  const errorByRefId = errorsByRefId(response);
  // A datasource's bug: no list at all is every query's error; a frame that is not one, its query's (singleSeries).
  const data: unknown[] = Array.isArray(response.data) ? response.data : [];
  if (!Array.isArray(response.data) && !errorByRefId.has(undefined)) {
    errorByRefId.set(undefined, failureText.notFrames());
  }
  const framesByRefId = framesByOwnRefId(data as DataFrame[], refIds);
  const outcomes = new Map<string, QueryOutcome>();
  for (const refId of refIds) {
    const error = errorByRefId.get(refId) ?? errorByRefId.get(undefined);
    const frames = framesByRefId.get(refId) ?? [];
    if (error !== undefined) {
      outcomes.set(refId, { error });
    } else if (frames.length === 0 && data.length > 0) {
      outcomes.set(refId, { error: failureText.nothingReturned() });
    } else {
      outcomes.set(refId, { frames });
    }
  }
  return outcomes;
}

/** The first error the response has for each refId (undefined: for every query), in its own words. */
function errorsByRefId(response: DataQueryResponse): Map<string | undefined, string> {
  // Older datasources still set the single `error`; Grafana itself fills `errors`.
  const listed = Array.isArray(response.errors) ? response.errors : [];
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const errors = [...listed, ...(response.error ? [response.error] : [])];
  const errorByRefId = new Map<string | undefined, string>();
  for (const e of errors) {
    if (!errorByRefId.has(e?.refId)) {
      // Its own words where they are text: an object there would read "[object Object]".
      const said = [e?.message, e?.data?.message].find((m) => typeof m === 'string' && m.trim() !== '');
      errorByRefId.set(e?.refId, said ?? failureText.query());
    }
  }
  return errorByRefId;
}

/** Some frontend datasources leave refId off their frames; with one query they can only be its answer. */
function framesByOwnRefId(data: DataFrame[], refIds: string[]): Map<string | undefined, DataFrame[]> {
  const framesByRefId = new Map<string | undefined, DataFrame[]>();
  for (const frame of data) {
    const own = typeof frame === 'object' && frame !== null ? frame.refId : undefined;
    const refId = own === undefined && refIds.length === 1 ? refIds[0] : own;
    framesByRefId.set(refId, [...(framesByRefId.get(refId) ?? []), frame]);
  }
  return framesByRefId;
}
