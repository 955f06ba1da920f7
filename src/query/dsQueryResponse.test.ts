import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { FieldType } from '@grafana/data';

import { parseDsQueryResponse } from './dsQueryResponse';

// .jsonc, not .json: the build copies every src/**/*.json into the plugin, and test data does not belong there.
const response = JSON.parse(readFileSync(join(__dirname, '../test-fixtures/response.jsonc'), 'utf8'));
const outcomes = parseDsQueryResponse(response);
const frames = (refId: string) => outcomes.get(refId)!.frames!;

describe('parseDsQueryResponse on /api/ds/query bodies', () => {
  it('has one outcome per refId', () => {
    expect([...outcomes.keys()]).toEqual([
      'deploys',
      'error-rate',
      'uptime',
      'empty',
      'broken',
      'by-region',
      'nps',
      'quarterly-revenue',
    ]);
  });

  it('reads a time series with nulls as a time field and a number field', () => {
    const [frame] = frames('deploys');
    expect(frame.fields.map((f) => [f.name, f.type])).toEqual([
      ['Time', FieldType.time],
      ['Value', FieldType.number],
    ]);
    expect(frame.fields[1].values).toEqual([100, 2, null, 1, 3, null, 2, 1]);
    expect(frame.refId).toBe('deploys');
  });

  it('restores NaN and Inf from data.entities', () => {
    expect(frames('error-rate')[0].fields[1].values).toEqual([0.4, Infinity, 1.5, NaN]);
  });

  it('keeps an empty Prometheus result as one frame with no fields', () => {
    expect(frames('empty')).toHaveLength(1);
    expect(frames('empty')[0].fields).toEqual([]);
  });

  it("turns a per-refId error into that query's error, with Grafana's message", () => {
    expect(outcomes.get('broken')).toEqual({
      error: 'bad_data: invalid parameter "query": 1:16: parse error: unexpected right parenthesis \')\'',
    });
  });

  it('keeps both series of a two-series answer with their labels', () => {
    expect(frames('by-region').map((f) => f.fields[1].labels)).toEqual([{ region: 'eu' }, { region: 'us' }]);
  });

  it('reads a one-row table and an instant numeric-multi frame', () => {
    expect(frames('nps')[0].fields.map((f) => [f.name, f.type, f.values])).toEqual([['nps', FieldType.number, [42]]]);
    expect(frames('uptime')[0].fields.map((f) => f.values)).toEqual([[1773834900000], [99.95]]);
  });

  it('treats a failed status without a message as an error', () => {
    expect(parseDsQueryResponse({ results: { A: { status: 502, frames: [] } } }).get('A')).toEqual({
      error: 'the datasource answered with status 502',
    });
  });

  it.each([
    ['not an object', 'hello', 'not a /api/ds/query response: expected an object with "results"'],
    ['no results', { frames: [] }, 'not a /api/ds/query response: no "results"'],
    [
      'a Grafana error body',
      { message: 'Unauthorized' },
      'not a /api/ds/query response: no "results" (Grafana said: Unauthorized)',
    ],
  ])('refuses %s', (_name, body, message) => {
    expect(() => parseDsQueryResponse(body)).toThrow(message);
  });
});
