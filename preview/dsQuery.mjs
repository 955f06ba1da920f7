// POST /api/ds/query: Grafana's query API for the datasources this bench has, a Prometheus and TestData (its
// csv_content scenario), each query routed by its datasource's uid or type. Answers
// { results: { <refId>: DataResponse } } with every frame tagged with its refId, and HTTP 400 when any refId
// failed (pkg/api/ds_query.go).
import { dataResponseToJSON } from './prometheus/frameJson.mjs';
import { parseQuery } from './prometheus/parseQuery.mjs';
import { runPrometheusQuery } from './prometheus/runQuery.mjs';
import { runTestDataQuery, TESTDATA_TYPES, TESTDATA_UID } from './testdata/runQuery.mjs';

function toEpochMs(value, fallback) {
  const n = Number(value);
  if (value !== undefined && Number.isFinite(n)) {
    return n;
  }
  const now = Date.now();
  const rel = /^now(?:-(\d+)([smhdw]))?$/.exec(String(value ?? ''));
  if (!rel) {
    return fallback;
  }
  const unit = { s: 1e3, m: 6e4, h: 3.6e6, d: 8.64e7, w: 6.048e8 }[rel[2]] ?? 0;
  return now - Number(rel[1] ?? 0) * unit;
}

/** Which of the bench's datasources a query is for: its uid, else its type; a query without one is the default's. */
function datasourceOf(q, uid, testdataUid) {
  const ref = q.datasource ?? {};
  if (ref.uid === testdataUid || (!ref.uid && TESTDATA_TYPES.includes(ref.type))) {
    return 'testdata';
  }
  return (ref.uid ?? uid) === uid && (!ref.type || ref.type === 'prometheus') ? 'prometheus' : undefined;
}

/** @returns {{ status: number, body: object }} */
export async function handleDsQuery(
  request,
  { promUrl, scrapeInterval, uid = 'prometheus', testdataUid = TESTDATA_UID }
) {
  const queries = request?.queries ?? [];
  if (queries.length === 0) {
    return { status: 400, body: { message: 'No queries found in query', messageId: 'query.noQueries' } };
  }
  const unknown = queries.find((q) => !datasourceOf(q, uid, testdataUid));
  if (unknown) {
    return {
      status: 400,
      body: { message: `Data source ${unknown.datasource.uid} was not found`, messageId: 'query.dataSourceNotFound' },
    };
  }
  const to = toEpochMs(request.to, Date.now());
  const from = toEpochMs(request.from, to - 3600e3);
  const results = {};
  let failed = false;
  await Promise.all(
    queries.map(async (q) => {
      const refId = q.refId ?? 'A';
      const rsp =
        datasourceOf(q, uid, testdataUid) === 'testdata'
          ? runTestDataQuery(q)
          : await runPrometheusQuery(promUrl, parseQuery(q, from, to, scrapeInterval));
      failed ||= Boolean(rsp.error);
      results[refId] = dataResponseToJSON({ ...rsp, refId });
    })
  );
  const sorted = Object.fromEntries(
    Object.keys(results)
      .sort()
      .map((k) => [k, results[k]])
  );
  return { status: failed ? 400 : 200, body: { results: sorted } };
}
