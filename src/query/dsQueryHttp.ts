import { QueryOutcome } from '../kpi/evaluateKpi';
import { parseDsQueryResponse } from './dsQueryResponse';
import { PlannedRequest } from './planKpiRequests';
import { toDataQueryRequest } from './toDataQueryRequest';

/** Grafana could not be asked at all (unreachable, token refused): the caller stops, no KPI is judged. */
export class GrafanaUnavailableError extends Error {}

/**
 * Sends one planned request to Grafana's HTTP `/api/ds/query` with a service account token: the same
 * request the app sends through Grafana's datasource service, for the command line.
 */
export async function postDsQuery(
  grafanaUrl: string,
  token: string,
  planned: PlannedRequest
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
  const url = `${grafanaUrl.replace(/\/+$/, '')}/api/ds/query`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new GrafanaUnavailableError(
      `cannot reach Grafana at ${grafanaUrl}: ${cause?.code ?? cause?.message ?? (e as Error).message}`
    );
  }
  const text = await response.text();
  if (response.status === 401 || response.status === 403) {
    throw new GrafanaUnavailableError(
      `Grafana refused the token (HTTP ${response.status}${grafanaMessage(text)}): check GRAFANA_TOKEN and the service account's role`
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new GrafanaUnavailableError(
      `${url} answered HTTP ${response.status} with something that is not JSON: is ${grafanaUrl} a Grafana?`
    );
  }
  // Grafana answers 400 when any query failed, with every refId's result in the body: read them all.
  if (!response.ok && !(typeof parsed === 'object' && parsed !== null && 'results' in parsed)) {
    const message = `HTTP ${response.status}${grafanaMessage(text)}`;
    return new Map(planned.targets.map((t) => [t.refId, { error: message }]));
  }
  return parseDsQueryResponse(parsed);
}

function grafanaMessage(text: string): string {
  try {
    const { message } = JSON.parse(text) as { message?: string };
    return message ? `: ${message}` : '';
  } catch {
    return '';
  }
}
