import { dateTime, rangeUtil } from '@grafana/data';

import { MAX_DATA_POINTS } from '../query/toDataQueryRequest';

/** One entry of a rule's `data`: a datasource query or a server-side expression, as Grafana stores it. */
export interface AlertQuery {
  refId: string;
  queryType: string;
  /** Seconds before the evaluation: `from: 3600` is the last hour. */
  relativeTimeRange: { from: number; to: number };
  datasourceUid: string;
  model: Record<string, unknown>;
}

/** Grafana's server-side expressions run on this datasource uid. */
const EXPRESSION_UID = '__expr__';

/**
 * A datasource query over the last `seconds`, asked as the app asks it: the query as the catalog holds it, with
 * the app's points per series and the interval Grafana computes from them, so the rule reads the same samples
 * a card does.
 */
export function datasourceQuery(
  refId: string,
  query: { datasource: { type?: string; uid: string } } & Record<string, unknown>,
  seconds: number
): AlertQuery {
  const from = dateTime(0);
  const to = dateTime(seconds * 1000);
  const { intervalMs } = rangeUtil.calculateInterval({ from, to, raw: { from, to } }, MAX_DATA_POINTS);
  return {
    refId,
    queryType: '',
    relativeTimeRange: { from: seconds, to: 0 },
    datasourceUid: query.datasource.uid,
    model: { ...query, refId, intervalMs, maxDataPoints: MAX_DATA_POINTS },
  };
}

function expression(refId: string, model: Record<string, unknown>): AlertQuery {
  return {
    refId,
    queryType: '',
    relativeTimeRange: { from: 0, to: 0 },
    datasourceUid: EXPRESSION_UID,
    model: { refId, datasource: { type: '__expr__', uid: EXPRESSION_UID }, ...model },
  };
}

/** Reduces each series to one number; non-numeric samples are dropped, as the app's reducers skip nulls. */
export function reduceExpression(refId: string, input: string, reducer: string): AlertQuery {
  return expression(refId, { type: 'reduce', expression: input, reducer, settings: { mode: 'dropNN' } });
}

export type ThresholdType = 'gt' | 'lt' | 'within_range' | 'outside_range';

export function thresholdExpression(refId: string, input: string, type: ThresholdType, params: number[]): AlertQuery {
  return expression(refId, { type: 'threshold', expression: input, conditions: [{ evaluator: { type, params } }] });
}

/** Grafana's math expression; refIds are written `$Name` (letters only: its lexer reads a name as letters). */
export function mathExpression(refId: string, formula: string): AlertQuery {
  return expression(refId, { type: 'math', expression: formula });
}
