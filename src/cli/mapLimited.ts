import { firstValueFrom, from, mergeMap, Observable, toArray } from 'rxjs';

/**
 * `run` for every item, at most `limit` at once, results in the items' order. The first failure cancels the
 * runs still going (their `signal` aborts) and is what the promise rejects with.
 */
export function mapLimited<T, R>(
  items: T[],
  limit: number,
  run: (item: T, signal: AbortSignal) => Promise<R>
): Promise<R[]> {
  const one = (item: T, index: number) =>
    new Observable<[number, R]>((subscriber) => {
      const controller = new AbortController();
      let settled = false;
      run(item, controller.signal).then(
        (result) => {
          settled = true;
          subscriber.next([index, result]);
          subscriber.complete();
        },
        (e) => {
          settled = true;
          subscriber.error(e);
        }
      );
      // Torn down when another run failed: cancel this one if it is still going.
      return () => settled || controller.abort();
    });
  return firstValueFrom(
    from(items).pipe(
      mergeMap((item, index) => one(item, index), limit),
      toArray()
    ),
    { defaultValue: [] }
  ).then((pairs) => {
    const results = new Array<R>(items.length);
    pairs.forEach(([index, result]) => (results[index] = result));
    return results;
  });
}
