// TestData's csv_content scenario as /api/ds/query serves it, against Grafana's own golden frames for its CSV
// loader (../shared/fixtures/grafana/testdata-datasource, when present). Run: node --test preview/
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

import { handleDsQuery } from './dsQuery.mjs';
import { dataResponseToJSON } from './prometheus/frameJson.mjs';
import { csvContentFrame } from './testdata/csvContent.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const goldenDir = join(here, '..', '..', 'shared', 'fixtures', 'grafana', 'testdata-datasource');
const golden = (name) =>
  JSON.parse(
    readFileSync(join(goldenDir, name), 'utf8')
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('//'))
      .join('\n')
  );
const asResponse = (frame) => dataResponseToJSON({ frames: [frame] });

// The CSV files behind Grafana's goldens (pkg/tsdb/grafana-testdata-datasource/testdata/*.csv), loaded by name.
describe('Grafana golden frames', { skip: !existsSync(goldenDir) && 'no ../shared/fixtures/grafana' }, () => {
  it('types columns as string, int64, float64 and a "time" column as time (simple)', () => {
    const csv = 'Field1,Field2,Field3,Float,Time\nA,5,6,6.7,1621987000000\nB,6,7,8.9,1621988000000\n';
    assert.deepEqual(asResponse(csvContentFrame(csv, 'simple')), golden('simple.golden.jsonc'));
  });

  it('types T/F columns as bool, mixed columns as string, an empty cell as null (mixed)', () => {
    const csv = 'Field1,Field2,Field3,123\ntrue,Hello,6,\nfalse,6,World,6\n';
    assert.deepEqual(asResponse(csvContentFrame(csv, 'mixed')), golden('mixed.golden.jsonc'));
  });
});

describe('csv_content through /api/ds/query', () => {
  const ask = (queries) =>
    handleDsQuery({ from: '0', to: '1', queries }, { promUrl: 'http://127.0.0.1:1', uid: 'prometheus' });

  it('answers a TestData query by its uid, RFC 3339 times as time and quoted fields whole', async () => {
    const csvContent =
      'time,orders,"region, name"\n2026-12-01T00:00:00Z,12.5,"eu, ""west"""\n2026-12-02T00:00:00Z,null,us\n';
    const { status, body } = await ask([
      {
        refId: 'A',
        datasource: { type: 'grafana-testdata-datasource', uid: 'testdata' },
        scenarioId: 'csv_content',
        csvContent,
      },
    ]);
    assert.equal(status, 200);
    const [frame] = body.results.A.frames;
    assert.deepEqual(
      frame.schema.fields.map((f) => [f.name, f.type, f.typeInfo.frame]),
      [
        ['time', 'time', 'time.Time'],
        ['orders', 'number', 'float64'],
        ['region, name', 'string', 'string'],
      ]
    );
    assert.equal(frame.schema.refId, 'A');
    assert.deepEqual(frame.data.values, [
      [Date.parse('2026-12-01T00:00:00Z'), Date.parse('2026-12-02T00:00:00Z')],
      [12.5, null],
      ['eu, "west"', 'us'],
    ]);
  });

  it('routes by the type `testdata` too, and fails a ragged CSV or another scenario by its refId', async () => {
    const ds = { type: 'testdata' };
    const { status, body } = await ask([
      { refId: 'A', datasource: ds, scenarioId: 'csv_content', csvContent: 'a,b\n1\n' },
      { refId: 'B', datasource: ds, scenarioId: 'random_walk' },
    ]);
    assert.equal(status, 400);
    assert.match(body.results.A.error, /wrong number of fields/);
    assert.match(body.results.B.error, /random_walk.*csv_content/);
  });

  it('refuses a datasource the preview does not have, by its uid', async () => {
    const { status, body } = await ask([{ refId: 'A', datasource: { type: 'loki', uid: 'logs' }, expr: '{a="b"}' }]);
    assert.equal(status, 400);
    assert.equal(body.message, 'Data source logs was not found');
  });
});
