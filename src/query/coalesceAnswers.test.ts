import { TestScheduler } from 'rxjs/testing';

import { coalesceAnswers } from './coalesceAnswers';
import { type RequestResult } from './runKpiQueries';

const result = (key: string, loading: boolean): RequestResult => ({ key, loading, outcomes: new Map() });

// Four requests: a = all loading, b = one answered, c = two answered, e = three answered, d = all answered.
const values = {
  a: [result('1', true), result('2', true), result('3', true), result('4', true)],
  b: [result('1', false), result('2', true), result('3', true), result('4', true)],
  c: [result('1', false), result('2', false), result('3', true), result('4', true)],
  e: [result('1', false), result('2', false), result('3', false), result('4', true)],
  d: [result('1', false), result('2', false), result('3', false), result('4', false)],
};

const scheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

describe('coalesceAnswers', () => {
  it('passes the first, all-loading state at once (a refresh marks what is on screen as reloading)', () => {
    scheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('a', values).pipe(coalesceAnswers(100, 400))).toBe('a', values);
    });
  });

  it('sends answers that arrive close together as one state, once they pause', () => {
    scheduler().run(({ cold, expectObservable }) => {
      // b at 10 ms, c at 50 ms, then a pause: one state, c, 100 ms after c.
      const source = cold('a 9ms b 39ms c 299ms |', values);
      expectObservable(source.pipe(coalesceAnswers(100, 400))).toBe('a 149ms c 199ms |', values);
    });
  });

  it('keeps waiting while answers keep coming, up to the longest wait', () => {
    scheduler().run(({ cold, expectObservable }) => {
      // b at 10, c at 90, e at 170 ms: each within 100 ms of the one before, so all three in one state at 270 ms.
      expectObservable(cold('a 9ms b 79ms c 79ms e 999ms |', values).pipe(coalesceAnswers(100, 400))).toBe(
        'a 269ms e 899ms |',
        values
      );
      // With a longest wait of 200 ms, the answers in at 210 ms (b, c, e) go out then, though they still came.
      expectObservable(cold('a 9ms b 79ms c 79ms e 999ms |', values).pipe(coalesceAnswers(100, 200))).toBe(
        'a 209ms e 959ms |',
        values
      );
    });
  });

  it('sends the state at once when the last request answers', () => {
    scheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('a 9ms d', values).pipe(coalesceAnswers(100, 400))).toBe('a 9ms d', values);
    });
  });

  it('ends the wait when the last request answers within it', () => {
    scheduler().run(({ cold, expectObservable }) => {
      // b at 10 ms opens the wait; the last answer at 40 ms ends it: d at 40 ms, not 140.
      expectObservable(cold('a 9ms b 29ms d', values).pipe(coalesceAnswers(100, 400))).toBe('a 9ms - 29ms d', values);
    });
  });

  it('subscribes to the requests once', () => {
    scheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('a 9ms b 29ms d |', values);
      expectObservable(source.pipe(coalesceAnswers(100, 400))).toBe('a 9ms - 29ms d |', values);
      expectSubscriptions(source.subscriptions).toBe('^ 40ms !');
    });
  });

  it('never holds an answer longer than the pause for a slow request', () => {
    scheduler().run(({ cold, expectObservable }) => {
      // b at 10 ms, the last request at 5 s: b goes out at 110 ms, not with d.
      const source = cold('a 9ms b 4989ms d', values);
      expectObservable(source.pipe(coalesceAnswers(100, 400))).toBe('a 109ms b 4889ms d', values);
    });
  });
});
