import { TestScheduler } from 'rxjs/testing';
import { coalesceAnswers } from './coalesceAnswers';
import { RequestResult } from './runKpiQueries';

const result = (key: string, loading: boolean): RequestResult => ({ key, loading, outcomes: new Map() });

// Three requests: a = all loading, b = one answered, c = two answered, d = all answered.
const values = {
  a: [result('1', true), result('2', true), result('3', true)],
  b: [result('1', false), result('2', true), result('3', true)],
  c: [result('1', false), result('2', false), result('3', true)],
  d: [result('1', false), result('2', false), result('3', false)],
};

const scheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

describe('coalesceAnswers', () => {
  it('passes the first, all-loading state at once (a refresh marks what is on screen as reloading)', () => {
    scheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('a', values).pipe(coalesceAnswers(100))).toBe('a', values);
    });
  });

  it('sends answers that arrive within the wait as one state', () => {
    scheduler().run(({ cold, expectObservable }) => {
      // b at 10 ms opens a 100 ms wait; c at 50 ms is in it: one state, c, at 110 ms.
      const source = cold('a 9ms b 39ms c 199ms |', values);
      expectObservable(source.pipe(coalesceAnswers(100))).toBe('a 109ms c 139ms |', values);
    });
  });

  it('sends the state at once when the last request answers', () => {
    scheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('a 9ms d', values).pipe(coalesceAnswers(100))).toBe('a 9ms d', values);
    });
  });

  it('ends the wait when the last request answers within it', () => {
    scheduler().run(({ cold, expectObservable }) => {
      // b at 10 ms opens a 100 ms wait; the last answer at 40 ms ends it: d at 40 ms, not 110.
      expectObservable(cold('a 9ms b 29ms d', values).pipe(coalesceAnswers(100))).toBe('a 9ms - 29ms d', values);
    });
  });

  it('subscribes to the requests once', () => {
    scheduler().run(({ cold, expectObservable, expectSubscriptions }) => {
      const source = cold('a 9ms b 29ms d |', values);
      expectObservable(source.pipe(coalesceAnswers(100))).toBe('a 9ms - 29ms d |', values);
      expectSubscriptions(source.subscriptions).toBe('^ 40ms !');
    });
  });

  it('never holds an answer longer than the wait for a slow request', () => {
    scheduler().run(({ cold, expectObservable }) => {
      // b at 10 ms, the last request at 5 s: b goes out at 110 ms, not with d.
      const source = cold('a 9ms b 4989ms d', values);
      expectObservable(source.pipe(coalesceAnswers(100))).toBe('a 109ms b 4889ms d', values);
    });
  });
});
