// Runs one parsed query against a real Prometheus the way Grafana's client does
// (pkg/promlib/client): form-encoded POST, range aligned to the step, times in
// seconds; instant and range results are appended as fetch() in request.go does.
import { alignToStep } from './parseQuery.mjs';
import { parsePrometheusResponse } from './parseResponse.mjs';

const seconds = (ms) => String(ms / 1000);

async function post(promUrl, path, params) {
  const url = new URL(path, promUrl).href;
  let res;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params),
    });
  } catch (e) {
    // Go's wording: Post "<url>": dial tcp ...: connect: connection refused
    throw new Error(`Post "${url}": ${e.cause?.message ?? e.message}`);
  }
  const text = await res.text();
  let body = text;
  try {
    body = JSON.parse(text);
  } catch {
    // left as text: parsePrometheusResponse reports it
  }
  return { status: res.status, body };
}

async function runOne(promUrl, query, kind) {
  try {
    const { status, body } =
      kind === 'range'
        ? await post(promUrl, 'api/v1/query_range', {
            query: query.expr,
            start: seconds(alignToStep(query.start, query.stepMs, query.utcOffsetSec)),
            end: seconds(alignToStep(query.end, query.stepMs, query.utcOffsetSec)),
            step: seconds(query.stepMs),
          })
        : await post(promUrl, 'api/v1/query', { query: query.expr, time: seconds(query.end) });
    return parsePrometheusResponse(query, status, body);
  } catch (e) {
    // Grafana: transport errors -> 502, and a refused connection counts as downstream.
    return { status: 502, error: e.message, errorSource: 'downstream', frames: [] };
  }
}

/** @returns a DataResponse for one refId */
export async function runPrometheusQuery(promUrl, query) {
  const out = { status: 200, frames: [] };
  const kinds = [...(query.instant ? ['instant'] : []), ...(query.range ? ['range'] : [])];
  for (const kind of kinds) {
    const res = await runOne(promUrl, query, kind);
    if (res.error) {
      out.error = out.error ? `${out.error} ${res.error}` : res.error;
      out.errorSource = res.errorSource;
      out.status = res.status;
    }
    out.frames.push(...res.frames);
  }
  return out;
}
