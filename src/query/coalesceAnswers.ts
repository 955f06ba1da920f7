import { MonoTypeOperatorFunction, audit, of, timer } from 'rxjs';
import { RequestResult } from './runKpiQueries';

/** How long an answer may wait for the others, so that answers close together reach the view as one render. */
export const COALESCE_MS = 150;

/**
 * Answers that arrive close together reach the view together: every render of 200 cards costs a layout and a
 * paint whatever it changed, so one render per batch instead of one per request. The moment nothing is left
 * loading, the last state goes out at once; an answer never waits more than `ms` for the others, so a slow
 * datasource does not hold back a fast one. The first, all-loading state goes out at once too: on a refresh
 * it is what marks the answers on screen as reloading.
 */
export function coalesceAnswers(ms = COALESCE_MS): MonoTypeOperatorFunction<RequestResult[]> {
  return audit((results) => {
    const loading = results.filter((r) => r.loading).length;
    return loading === 0 || loading === results.length ? of(0) : timer(ms);
  });
}
