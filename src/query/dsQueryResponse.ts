import { DataFrameJSON, dataFrameFromJSON } from '@grafana/data';
import { QueryOutcome } from '../kpi/evaluateKpi';

interface DsQueryResult {
  frames?: DataFrameJSON[];
  error?: string;
  status?: number;
}

/**
 * Reads the body of Grafana's `/api/ds/query` answer: `{results: {REFID: {frames, error?}}}`. Frames become
 * DataFrames with @grafana/data's own decoder, which restores NaN and ±Inf from `data.entities`.
 * Throws when the body is not such an answer at all.
 */
export function parseDsQueryResponse(body: unknown): Map<string, QueryOutcome> {
  if (typeof body !== 'object' || body === null) {
    throw new Error('not a /api/ds/query response: expected an object with "results"');
  }
  const { results, message } = body as { results?: Record<string, DsQueryResult>; message?: string };
  if (typeof results !== 'object' || results === null) {
    throw new Error(`not a /api/ds/query response: no "results"${message ? ` (Grafana said: ${message})` : ''}`);
  }
  const outcomes = new Map<string, QueryOutcome>();
  for (const [refId, result] of Object.entries(results)) {
    outcomes.set(refId, toOutcome(result));
  }
  return outcomes;
}

function toOutcome(result: DsQueryResult | null | undefined): QueryOutcome {
  if (!result || typeof result !== 'object') {
    return { error: 'empty result entry' };
  }
  if (result.error) {
    return { error: String(result.error) };
  }
  if (result.status !== undefined && result.status >= 400) {
    return { error: `the datasource answered with status ${result.status}` };
  }
  return { frames: (result.frames ?? []).map((frame) => dataFrameFromJSON(frame)) };
}
