import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { evaluateCatalog } from '../kpi/evaluateCatalog';
import { type QueryOutcome } from '../kpi/evaluateKpi';
import { type Kpi, type KpiEvaluation } from '../kpi/types';
import { parseDsQueryResponse } from '../query/dsQueryResponse';
import { makeKpi } from '../test-fixtures/kpiBuilders';

/**
 * Conformance with what Grafana's own backends send: the shared golden files (../shared/fixtures/grafana,
 * written by Grafana's maintainers) read with parseDsQueryResponse and evaluated. Expected values are worked
 * out by hand from each file's content.
 */
const FIXTURES = join(__dirname, '..', '..', '..', 'shared', 'fixtures', 'grafana');
const DIRS = ['prometheus', 'testdata-datasource', 'postgres'];
const present = existsSync(FIXTURES);

/** A golden is one refId's DataResponse as JSONC: a leading `//` comment block, then the JSON. */
function readFixture(file: string): unknown {
  const lines = readFileSync(join(FIXTURES, file), 'utf8').split('\n');
  const first = lines.findIndex((l) => !l.startsWith('//'));
  return JSON.parse(lines.slice(first).join('\n'));
}

/** The refId's outcome: whole /api/ds/query bodies as they are, single DataResponses under refId A. */
function outcomeOf(file: string): QueryOutcome {
  const json = readFixture(file) as Record<string, unknown>;
  const body = 'results' in json ? json : { results: { A: json } };
  return parseDsQueryResponse(body).get('A')!;
}

function evaluate(file: string, now: string, kpi: Partial<Kpi> = {}): KpiEvaluation {
  const outcome = outcomeOf(file);
  return evaluateCatalog({ kpis: [makeKpi(kpi)], now: Date.parse(now), timeZone: 'utc', current: () => outcome })[0];
}

const iso = (ms: number) => new Date(ms).toISOString();

(present ? describe : describe.skip)('Grafana golden responses (../shared/fixtures/grafana)', () => {
  describe('prometheus', () => {
    it('prom-scalar-frame: one instant scalar is the value', () => {
      const result = evaluate('prometheus/prom-scalar-frame.jsonc', '2022-05-04T16:03:00Z', {
        direction: 'lower-is-better',
        target: { value: 0.001 },
        window: '1h',
      });
      expect(result).toMatchObject({
        status: 'on-track',
        value: 0.00002482,
        newestSampleAt: iso(1651680139104),
        error: null,
      });
    });

    it('prom-vector-frame: five instant series are an error naming them; ±Inf and NaN are restored', () => {
      const frames = outcomeOf('prometheus/prom-vector-frame.jsonc').frames!;
      expect(frames.map((f) => f.fields[1].values[0])).toEqual([1, 0, Infinity, -Infinity, NaN]);
      const result = evaluate('prometheus/prom-vector-frame.jsonc', '2022-02-16T16:42:00Z', { window: '30d' });
      expect(result.status).toBe('error');
      expect(result.error).toMatch(
        /^the query returned 5 series \(.*instance="localhost:9090".*level="error".*\); aggregate them/
      );
    });

    it('prom-warnings-no-data-frame: an empty result with warnings is no-data', () => {
      expect(evaluate('prometheus/prom-warnings-no-data-frame.jsonc', '2022-01-11T08:26:00Z')).toMatchObject({
        status: 'no-data',
        value: null,
        error: null,
      });
    });

    it('range_missing: irregular samples 21, 32, 43 have a mean of 32, newest at 08:25:37', () => {
      const result = evaluate('prometheus/range_missing.result.golden.jsonc', '2022-01-11T08:25:38Z', {
        reduce: 'mean',
        window: '1h',
        target: { value: 30 },
      });
      expect(result).toMatchObject({ status: 'on-track', value: 32, newestSampleAt: '2022-01-11T08:25:37.000Z' });
    });

    it('range_missing: the newest sample older than maxAge is stale', () => {
      const result = evaluate('prometheus/range_missing.result.golden.jsonc', '2022-01-11T08:25:45Z', {
        maxAge: '5s',
        target: { value: 30 },
      });
      expect(result).toMatchObject({ status: 'stale', value: 43 });
    });

    it('range_missing: only the samples inside the window count', () => {
      // A 2s window ending 08:25:36 holds only 08:25:34's 32.
      const result = evaluate('prometheus/range_missing.result.golden.jsonc', '2022-01-11T08:25:36Z', {
        reduce: 'sum',
        window: '2s',
      });
      expect(result.value).toBe(32);
    });

    it('range_nan: a series of NaN only is no-data', () => {
      expect(evaluate('prometheus/range_nan.result.golden.jsonc', '2022-01-11T08:26:00Z')).toMatchObject({
        status: 'no-data',
        value: null,
      });
    });

    it('range_simple: two series are an error naming both', () => {
      const result = evaluate('prometheus/range_simple.result.golden.jsonc', '2022-01-11T08:26:00Z');
      expect(result.status).toBe('error');
      expect(result.error).toContain('2 series');
      expect(result.error).toContain('code="200"');
      expect(result.error).toContain('code="400"');
    });

    it('e2e-prometheus-response: a whole /api/ds/query body with topk(2) is two series', () => {
      const result = evaluate('prometheus/e2e-prometheus-response.json', '2025-09-04T14:12:00Z');
      expect(result.error).toMatch(/2 series \(\{slice="inner_eval"\}, \{slice="prepare_time"\}\)/);
    });

    it("prom-error: the DataResponse Grafana makes of Prometheus's error body is an error with its message", () => {
      const raw = readFixture('prometheus/prom-error.json') as { errorType: string; error: string };
      const body = {
        results: { A: { error: `${raw.errorType}: ${raw.error}`, errorSource: 'downstream', status: 400 } },
      };
      const outcome = parseDsQueryResponse(body).get('A')!;
      const result = evaluateCatalog({ kpis: [makeKpi()], now: 0, timeZone: 'utc', current: () => outcome })[0];
      expect(result).toMatchObject({
        status: 'error',
        error: 'bad_data: invalid parameter "start": cannot parse "" to a valid timestamp',
      });
    });
  });

  describe('testdata-datasource', () => {
    it('docs response: A-series 1, 20, 90, 30, 5, 0 a minute apart sums to 146', () => {
      const result = evaluate('testdata-datasource/docs-ds-query-testdata-response.json', '2022-02-10T10:29:53Z', {
        reduce: 'sum',
        window: '1h',
        target: { value: 100 },
      });
      expect(result).toMatchObject({ status: 'on-track', value: 146, newestSampleAt: iso(1644488452084) });
    });

    it('docs response: a 3m window ending at the last sample holds 90, 30, 5, 0', () => {
      const result = evaluate('testdata-datasource/docs-ds-query-testdata-response.json', iso(1644488452084), {
        reduce: 'sum',
        window: '3m',
      });
      expect(result.value).toBe(125);
    });

    it('mixed: the one number column [null, 6] without time gives 6', () => {
      const result = evaluate('testdata-datasource/mixed.golden.jsonc', '2026-01-01T00:00:00Z', {
        target: { value: 5 },
      });
      expect(result).toMatchObject({ status: 'on-track', value: 6, newestSampleAt: null });
    });

    it('simple: three number columns are three series, named by column', () => {
      const result = evaluate('testdata-datasource/simple.golden.jsonc', '2021-05-26T00:20:00Z');
      expect(result.status).toBe('error');
      expect(result.error).toMatch(/3 series \(.*Field2.*Field3.*Float.*\)/);
    });
  });

  describe('postgres', () => {
    it('time_series_simple: a wide frame with two labelled value columns is two series', () => {
      const result = evaluate('postgres/time_series_simple.golden.jsonc', '2023-12-24T14:35:00Z');
      expect(result.error).toMatch(/2 series \(\{c="a"\}, \{c="b"\}\)/);
    });

    it('table_no_rows: typed columns without rows are no-data', () => {
      expect(evaluate('postgres/table_no_rows.golden.jsonc', '2026-01-01T00:00:00Z')).toMatchObject({
        status: 'no-data',
        value: null,
        error: null,
      });
    });
  });

  it('covers every Grafana answer in those folders (raw Prometheus bodies are inputs, not answers)', () => {
    const raw = [
      'prometheus/prom-error.json',
      'prometheus/range_missing.query.json',
      'prometheus/range_missing.result.json',
    ];
    const covered = readFileSync(__filename, 'utf8');
    const files = DIRS.flatMap((dir) => readdirSync(join(FIXTURES, dir)).map((f) => `${dir}/${f}`));
    expect(files.filter((f) => !raw.includes(f) && !covered.includes(`'${f}'`))).toEqual([]);
  });
});

if (!present) {
  describe.skip(`Grafana golden responses: skipped, ${FIXTURES} is not there (clone the shared fixtures beside the repo to run them)`, () => {
    it('needs ../shared/fixtures/grafana', () => undefined);
  });
}
