import { type QueryOutcome } from '../kpi/evaluateKpi';
import { isRecord } from '../kpi/places';
import { framesFromJson, kindOf } from './framesFromJson';

/**
 * Reads the body of Grafana's `/api/ds/query` answer: `{results: {REFID: {frames, error?}}}`. Frames become
 * DataFrames with @grafana/data's own decoder, which restores NaN and ±Inf from `data.entities`. A refId whose
 * result is malformed is that refId's error, naming the place; the others are read as they are.
 * Throws when the body is not such an answer at all.
 */
export function parseDsQueryResponse(body: unknown): Map<string, QueryOutcome> {
  if (typeof body !== 'object' || body === null) {
    throw new Error('not a /api/ds/query response: expected an object with "results"');
  }
  const { results, message } = body as { results?: unknown; message?: string };
  if (!isRecord(results)) {
    throw new Error(`not a /api/ds/query response: no "results"${message ? ` (Grafana said: ${message})` : ''}`);
  }
  const outcomes = new Map<string, QueryOutcome>();
  for (const [refId, result] of Object.entries(results)) {
    outcomes.set(refId, toOutcome(result, `results.${refId}`));
  }
  return outcomes;
}

function toOutcome(result: unknown, place: string): QueryOutcome {
  if (!isRecord(result)) {
    return { error: `${place}: not a result (${kindOf(result)})` };
  }
  const error = errorText(result.error);
  if (error !== undefined) {
    return { error };
  }
  if (typeof result.status === 'number' && result.status >= 400) {
    return { error: `the datasource answered with status ${result.status}` };
  }
  return framesFromJson(result.frames, place);
}

/** A result's `error`: text as it is; an object by its message (never "[object Object]"); nothing when empty. */
function errorText(error: unknown): string | undefined {
  if (error === undefined || error === null || error === '' || error === false) {
    return undefined;
  }
  if (typeof error === 'string') {
    return error;
  }
  if (isRecord(error)) {
    const said = [error.message, error.error, error.msg].find((s) => typeof s === 'string' && s.trim() !== '');
    if (typeof said === 'string') {
      return said;
    }
  }
  return `the datasource reported an error: ${JSON.stringify(error).slice(0, 200)}`;
}
