import { type QueryOutcome } from '../kpi/evaluateKpi';
import { parseDsQueryResponse } from '../query/dsQueryResponse';
import { type PlannedRequest } from '../query/planKpiRequests';
import { toDataQueryRequest } from '../query/toDataQueryRequest';
import { answerJson, grafanaRequest, messageIn, type GrafanaConnection } from './grafanaHttp';

const PATH = '/api/ds/query';

/**
 * Sends one planned request to Grafana's HTTP `/api/ds/query` with a service account token: the same
 * request the app sends through Grafana's datasource service, for the command line. Throws
 * GrafanaUnavailableError when no answer can be read (grafanaRequest).
 */
export async function postDsQuery(
  connection: GrafanaConnection,
  planned: PlannedRequest,
  signal?: AbortSignal
): Promise<Map<string, QueryOutcome>> {
  const request = toDataQueryRequest(planned, { timezone: 'utc' });
  const body = {
    from: String(planned.span.from),
    to: String(planned.span.to),
    queries: request.targets.map((target) => ({
      ...target,
      intervalMs: request.intervalMs,
      maxDataPoints: request.maxDataPoints,
    })),
  };
  const answer = await grafanaRequest(connection, { method: 'POST', path: PATH, body, signal });
  const parsed = answerJson(answer, connection, PATH);
  // Grafana answers 400 when any query failed, with every refId's result in the body: read them all.
  if (answer.status >= 300 && !(typeof parsed === 'object' && parsed !== null && 'results' in parsed)) {
    const message = `HTTP ${answer.status}${messageIn(answer.text)}`;
    return new Map(planned.targets.map((t) => [t.refId, { error: message }]));
  }
  try {
    return parseDsQueryResponse(parsed);
  } catch (e) {
    const message = `HTTP ${answer.status}: ${(e as Error).message}`;
    return new Map(planned.targets.map((t) => [t.refId, { error: message }]));
  }
}
