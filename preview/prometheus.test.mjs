// The /api/ds/query converter against Grafana's own golden files
// (../shared/fixtures/grafana/prometheus, when present) and against this bench's
// hand-written fixtures. Run: node --test preview/
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { handleDsQuery } from './dsQuery.mjs';
import { convertPrometheusResult } from './prometheus/convertResult.mjs';
import { dataResponseToJSON, frameToJSON } from './prometheus/frameJson.mjs';
import { calculateStep, interpolateExpr } from './prometheus/parseQuery.mjs';
import { parsePrometheusResponse } from './prometheus/parseResponse.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const grafanaDir = join(here, '..', '..', 'shared', 'fixtures', 'grafana', 'prometheus');
const hasGrafana = existsSync(grafanaDir);

/** Golden files are JSONC: a leading block of // comments, then the JSON. */
const readJsonc = (path) =>
  JSON.parse(
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('//'))
      .join('\n')
  );
const grafana = (name) => readJsonc(join(grafanaDir, name));
const own = (name) => JSON.parse(readFileSync(join(here, 'fixtures', name), 'utf8'));
const withoutComment = ({ _comment, ...rest }) => rest;

/**
 * Only range_missing ships its raw Prometheus body; for the other goldens the body is
 * rebuilt from the golden frames (labels -> metric, null + entities -> "NaN"/"+Inf"/"-Inf").
 */
function prometheusBodyFromFrames(frames, resultType) {
  const result = frames.map(({ schema, data }) => {
    const special = {};
    for (const [kind, idx] of Object.entries(data.entities?.[1] ?? {})) {
      idx.forEach((i) => (special[i] = { NaN: 'NaN', Inf: '+Inf', NegInf: '-Inf' }[kind]));
    }
    const pairs = data.values[0].map((t, i) => [t / 1000, special[i] ?? String(data.values[1][i])]);
    return resultType === 'matrix'
      ? { metric: schema.fields[1].labels, values: pairs }
      : { metric: schema.fields[1].labels, value: pairs[0] };
  });
  return { status: 'success', data: { resultType, result } };
}

const query = (over) => ({ refId: 'A', expr: '', stepMs: 1000, legendFormat: '', ...over });
const asDsEntry = (rsp, refId) => dataResponseToJSON({ ...rsp, refId });

describe('Grafana golden files', { skip: !hasGrafana && 'no ../shared/fixtures/grafana' }, () => {
  it('converts an instant vector with +Inf, -Inf and NaN (prom-vector-frame)', () => {
    const golden = grafana('prom-vector-frame.jsonc');
    const body = prometheusBodyFromFrames(golden.frames, 'vector');
    const frames = convertPrometheusResult(body).frames.map(frameToJSON);
    assert.deepEqual({ status: 200, frames }, golden);
  });

  it('converts a scalar (prom-scalar-frame)', () => {
    const golden = grafana('prom-scalar-frame.jsonc');
    const [[t], [v]] = golden.frames[0].data.values;
    const body = { status: 'success', data: { resultType: 'scalar', result: [t / 1000, String(v)] } };
    assert.deepEqual({ status: 200, frames: convertPrometheusResult(body).frames.map(frameToJSON) }, golden);
  });

  it('turns warnings without data into one "Warnings" frame (prom-warnings-no-data-frame)', () => {
    const golden = grafana('prom-warnings-no-data-frame.jsonc');
    const body = {
      status: 'success',
      data: { resultType: 'vector', result: [] },
      warnings: ['warning 1', 'warning 2'],
    };
    assert.deepEqual({ status: 200, frames: convertPrometheusResult(body).frames.map(frameToJSON) }, golden);
  });

  it('answers a range query from its real Prometheus body (range_missing)', () => {
    const q = grafana('range_missing.query.json');
    const body = grafana('range_missing.result.json');
    const rsp = parsePrometheusResponse(query({ expr: q.Expr, stepMs: q.Step * 1000 }), 200, body);
    assert.deepEqual(asDsEntry(rsp), grafana('range_missing.result.golden.jsonc'));
  });

  for (const name of ['range_simple.result.golden.jsonc', 'range_nan.result.golden.jsonc']) {
    it(`answers a range query like ${name}`, () => {
      const golden = grafana(name);
      const rsp = parsePrometheusResponse(query(), 200, prometheusBodyFromFrames(golden.frames, 'matrix'));
      assert.deepEqual(asDsEntry(rsp), golden);
    });
  }

  it('writes the whole /api/ds/query envelope of an instant query (e2e-prometheus-response)', () => {
    const golden = grafana('e2e-prometheus-response.json');
    const frames = golden.results.A.frames;
    const [, expr] = /^Expr: (.*)\nStep/.exec(frames[0].schema.meta.executedQueryString);
    const q = query({ expr, stepMs: 30000, legendFormat: '__auto', instant: true, range: false });
    const rsp = parsePrometheusResponse(q, 200, prometheusBodyFromFrames(frames, 'vector'));
    assert.deepEqual({ results: { A: asDsEntry(rsp, 'A') } }, golden);
  });

  it('reports a Prometheus error with error, errorSource and its status (prom-error)', () => {
    const body = grafana('prom-error.json');
    const entry = asDsEntry(parsePrometheusResponse(query({ expr: 'up' }), 400, body), 'A');
    assert.equal(entry.error, 'bad_data: invalid parameter "start": cannot parse "" to a valid timestamp');
    assert.equal(entry.errorSource, 'plugin');
    assert.equal(entry.status, 400);
    assert.equal(entry.frames[0].schema.fields.length, 0);
  });
});

describe('own fixtures', () => {
  const q = query({ expr: 'sum(kpi)', stepMs: 60000 });

  it('answers a range query with NaN, +Inf and -Inf as null plus entities', () => {
    const rsp = parsePrometheusResponse(q, 200, own('range-with-nan.prometheus.json'));
    assert.deepEqual(asDsEntry(rsp, 'A'), withoutComment(own('range-with-nan.expected.json')));
  });

  it('answers an empty result with one frame without fields', () => {
    const rsp = parsePrometheusResponse(q, 200, { status: 'success', data: { resultType: 'matrix', result: [] } });
    assert.deepEqual(asDsEntry(rsp, 'A'), withoutComment(own('empty.expected.json')));
  });

  it('names series after the legend format, or not at all with __auto', () => {
    const body = own('range-with-nan.prometheus.json');
    const legend = parsePrometheusResponse({ ...q, legendFormat: '{{team}} orders' }, 200, body);
    assert.equal(legend.frames[0].fields[1].config.displayNameFromDS, 'shop orders');
    const auto = parsePrometheusResponse({ ...q, legendFormat: '__auto' }, 200, structuredClone(body));
    assert.equal(auto.frames[0].fields[1].config, undefined);
  });
});

describe('query step and variables, as Grafana computes them', () => {
  it('uses the 15s default minimum for 6h at 1500 points, and rounds 30d / 1000', () => {
    assert.equal(calculateStep({}, 6 * 3600e3, ''), 15000);
    assert.equal(calculateStep({ maxDataPoints: 1000 }, 30 * 86400e3, ''), 1800e3); // 43.2m rounds to 30m
    assert.equal(calculateStep({ interval: '5m' }, 3600e3, ''), 300000);
  });

  it('replaces $__rate_interval, $__interval and $__range', () => {
    const expr = interpolateExpr('rate(x[$__rate_interval]) / $__interval / $__range', {
      queryIntervalMs: 15000,
      stepMs: 15000,
      requestedMinStep: '',
      scrapeInterval: '',
      rangeMs: 3600e3,
    });
    assert.equal(expr, 'rate(x[1m0s]) / 15s / 3600s');
  });
});

describe('POST /api/ds/query against a Prometheus', () => {
  /** A stand-in Prometheus on a free port: answers by the query text. */
  async function withPrometheus(fn) {
    const seen = [];
    const server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        const params = Object.fromEntries(new URLSearchParams(raw));
        seen.push({ path: req.url, ...params });
        const bad = params.query === 'bad(';
        res.writeHead(bad ? 400 : 200, { 'Content-Type': 'application/json' });
        res.end(
          JSON.stringify(
            bad
              ? { status: 'error', errorType: 'bad_data', error: 'parse error' }
              : {
                  status: 'success',
                  data: { resultType: 'matrix', result: [{ metric: {}, values: [[Number(params.start), '1']] }] },
                }
          )
        );
      });
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    try {
      await fn(`http://127.0.0.1:${server.address().port}/`, seen);
    } finally {
      server.close();
    }
  }

  it('aligns the range to the step and answers 200 with refIds on the frames', () =>
    withPrometheus(async (url, seen) => {
      const from = 1700000007000;
      const request = {
        from: String(from),
        to: String(from + 3600e3),
        queries: [{ refId: 'K1', expr: 'up', intervalMs: 15000 }],
      };
      const { status, body } = await handleDsQuery(request, { promUrl: url, scrapeInterval: '' });
      assert.equal(status, 200);
      assert.equal(seen[0].path, '/api/v1/query_range');
      assert.equal(seen[0].step, '15');
      assert.equal(Number(seen[0].start) % 15, 0);
      assert.equal(body.results.K1.frames[0].schema.refId, 'K1');
      assert.equal(body.results.K1.frames[0].schema.fields[1].config.displayNameFromDS, 'up');
    }));

  it('answers HTTP 400 when one refId failed, and keeps the others', () =>
    withPrometheus(async (url) => {
      const request = {
        from: '1700000000000',
        to: '1700003600000',
        queries: [
          { refId: 'A', expr: 'up' },
          { refId: 'B', expr: 'bad(' },
        ],
      };
      const { status, body } = await handleDsQuery(request, { promUrl: url, scrapeInterval: '' });
      assert.equal(status, 400);
      assert.equal(body.results.A.status, 200);
      assert.equal(body.results.B.error, 'bad_data: parse error');
      assert.equal(body.results.B.status, 400);
    }));

  it('reports an unreachable Prometheus as a downstream error with status 502', async () => {
    const request = { from: '1700000000000', to: '1700003600000', queries: [{ refId: 'A', expr: 'up' }] };
    const { status, body } = await handleDsQuery(request, { promUrl: 'http://127.0.0.1:9/', scrapeInterval: '' });
    assert.equal(status, 400);
    assert.equal(body.results.A.errorSource, 'downstream');
    assert.equal(body.results.A.status, 502);
  });
});
