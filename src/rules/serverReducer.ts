import { DEFAULT_REDUCER, reducerId } from '../kpi/grafanaKnowledge';

/**
 * The reducer of Grafana's server-side `reduce` expression for a KPI's reducer (a @grafana/data id), or
 * undefined when the expression has none: it knows sum, mean, min, max, count and last. With non-numbers
 * dropped (mode dropNN), `last` is the last number, which is lastNotNull.
 */
const SERVER_REDUCERS: Readonly<Record<string, string>> = {
  sum: 'sum',
  mean: 'mean',
  min: 'min',
  max: 'max',
  count: 'count',
  last: 'last',
  lastNotNull: 'last',
};

export function serverReducer(reduce: string = DEFAULT_REDUCER): string | undefined {
  const own = reducerId(reduce);
  return Object.prototype.hasOwnProperty.call(SERVER_REDUCERS, own) ? SERVER_REDUCERS[own] : undefined;
}
