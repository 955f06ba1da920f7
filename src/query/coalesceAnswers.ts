import {
  audit,
  filter,
  of,
  race,
  share,
  startWith,
  switchMap,
  timer,
  type MonoTypeOperatorFunction,
  type Observable,
} from 'rxjs';

import { type RequestResult } from './runKpiQueries';

/** How long the answers must pause before those in reach the view: a burst of answers is one render. */
export const COALESCE_MS = 500;
/** The longest an answer waits for the others, however steadily they keep coming. */
const COALESCE_MAX_MS = 2000;

const settled = (results: RequestResult[]) => results.every((r) => !r.loading);

/**
 * Answers that arrive close together reach the view together: every render of 200 cards costs a layout and a
 * paint whatever it changed, and sorted by status the cards would move at each one. So the answers in go out
 * when no other arrived for `quietMs` (a datasource's requests often come back one after another, queued behind
 * the browser's six connections per host), at the latest `maxMs` after the first of them, and at once when the
 * last request answers. A slow datasource thus holds the others back `quietMs` after they stop, never longer
 * than `maxMs`. The first, all-loading state goes out at once: on a refresh it marks the answers on screen as
 * reloading.
 */
export function coalesceAnswers(
  quietMs = COALESCE_MS,
  maxMs = COALESCE_MAX_MS
): MonoTypeOperatorFunction<RequestResult[]> {
  return (source: Observable<RequestResult[]>) => {
    const states = source.pipe(share());
    return states.pipe(
      audit((results) =>
        settled(results) || results.every((r) => r.loading)
          ? of(0)
          : race(
              // Each answer restarts the quiet wait (the state that opened it is not re-emitted to a new subscriber).
              states.pipe(
                startWith(results),
                switchMap(() => timer(quietMs))
              ),
              timer(maxMs),
              states.pipe(filter(settled))
            )
      )
    );
  };
}
