import { mapLimited } from './mapLimited';

/** A run that finishes when the test says so, recording how many run at once and which were cancelled. */
function gate() {
  let running = 0;
  let most = 0;
  const pending: Array<{ item: number; finish: () => void; fail: (e: Error) => void }> = [];
  const cancelled: number[] = [];
  const run = (item: number, signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      running++;
      most = Math.max(most, running);
      signal.addEventListener('abort', () => cancelled.push(item));
      pending.push({
        item,
        finish: () => {
          running--;
          resolve(`done ${item}`);
        },
        fail: (e) => {
          running--;
          reject(e);
        },
      });
    });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { run, pending, cancelled, settle, most: () => most };
}

describe('mapLimited', () => {
  it('runs at most `limit` at once and gives the results in the items’ order', async () => {
    const g = gate();
    const all = mapLimited([0, 1, 2, 3, 4, 5, 6], 3, g.run);
    await g.settle();
    expect(g.pending.map((p) => p.item)).toEqual([0, 1, 2]);
    // Finish out of order: each finished run makes room for the next item.
    for (const index of [2, 0, 1, 3, 5, 4, 6]) {
      g.pending.find((p) => p.item === index)!.finish();
      await g.settle();
    }
    expect(await all).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `done ${i}`));
    expect(g.most()).toBe(3);
  });

  it('rejects with the first failure and cancels the runs still going', async () => {
    const g = gate();
    const all = mapLimited([0, 1, 2, 3], 2, g.run);
    await g.settle();
    g.pending[1].fail(new Error('no answer within 30 s'));
    await expect(all).rejects.toThrow('no answer within 30 s');
    expect(g.cancelled).toEqual([0]);
    expect(g.pending.map((p) => p.item)).toEqual([0, 1]);
  });

  it('answers an empty list with an empty list', async () => {
    expect(await mapLimited([], 4, () => Promise.resolve(1))).toEqual([]);
  });
});
