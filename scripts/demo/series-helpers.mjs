// Small constructors the demo scenarios share: series declarations, integer counters and
// classic Prometheus histograms.

import { logNormalCdf } from './shapes.mjs';

/** A counter sample series; decimals 0 makes an integer counter. */
export function counter(name, labels = {}, decimals = 0) {
  return { name, labels, counter: true, decimals };
}

/** A gauge sample series. */
export function gauge(name, labels = {}, decimals = 4) {
  return { name, labels, counter: false, decimals };
}

/**
 * Turns expected (fractional) increments into whole events: it carries the remainder, so a rate of
 * 0.02 per step yields one event every 50 steps and the long-run count matches the expectation.
 */
export function integerizer() {
  let expected = 0;
  let emitted = 0;
  return (x) => {
    expected += Math.max(0, x);
    const n = Math.floor(expected) - emitted;
    emitted += n;
    return n;
  };
}

/** exp(sigma * z - sigma^2 / 2): a positive noise factor with a mean of 1. */
export function logNormalFactor(z, sigma) {
  return Math.exp(sigma * z - (sigma * sigma) / 2);
}

/**
 * A classic histogram (cumulative buckets, _count, _sum) of log-normal observations.
 * increments(n, median, sigma, u) gives one step's increments for n observations; u in [0, 1) is
 * shared by all buckets so they stay cumulative (never a smaller count at a larger le).
 */
export function histogram(family, labels, les) {
  const series = [
    ...les.map((le) => counter(`${family}_bucket`, { ...labels, le: le === Infinity ? '+Inf' : String(le) })),
    counter(`${family}_count`, labels),
    counter(`${family}_sum`, labels, 3),
  ];
  const increments = (n, median, sigma, u) => {
    const buckets = les.map((le) => Math.min(n, Math.floor(n * logNormalCdf(le, median, sigma) + u)));
    return [...buckets, n, n * median * Math.exp((sigma * sigma) / 2)];
  };
  return { series, increments };
}
