import { MonoTypeOperatorFunction, Observable, audit, filter, of, race, share, timer } from 'rxjs';
import { RequestResult } from './runKpiQueries';

/** How long an answer may wait for the others, so that answers close together reach the view as one render. */
export const COALESCE_MS = 500;

const settled = (results: RequestResult[]) => results.every((r) => !r.loading);

/**
 * Answers that arrive close together reach the view together: every render of 200 cards costs a layout and a
 * paint whatever it changed, so one render per batch instead of one per request (as Grafana shows a panel's
 * queries together). An answer waits at most `ms` for the others, so a slow datasource does not hold back a
 * fast one, and the wait ends the moment the last request answers. The first, all-loading state goes out at
 * once: on a refresh it is what marks the answers on screen as reloading.
 */
export function coalesceAnswers(ms = COALESCE_MS): MonoTypeOperatorFunction<RequestResult[]> {
  return (source: Observable<RequestResult[]>) => {
    const states = source.pipe(share());
    return states.pipe(
      audit((results) =>
        settled(results) || results.every((r) => r.loading) ? of(0) : race(timer(ms), states.pipe(filter(settled)))
      )
    );
  };
}
