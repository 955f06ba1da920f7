import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runMain } from './testing/cliHarness';

const fixture = (name: string) => join(__dirname, '..', 'test-fixtures', name);
const NOW = '2026-03-18T12:00:00Z';

const kpi = runMain;

function evaluate(...extra: string[]) {
  return kpi(
    'evaluate',
    '--catalog',
    fixture('catalog.yaml'),
    '--response',
    fixture('response.jsonc'),
    '--now',
    NOW,
    ...extra
  );
}

const none = {
  forecast: null,
  previous: null,
  delta: null,
  deltaKind: null,
  attainment: null,
  newestSampleAt: null,
  budgetLeft: null,
  error: null,
};

describe('kpi evaluate', () => {
  it('prints one JSON object per KPI, in catalog order, and nothing else', async () => {
    const { code, out, err } = await evaluate('--previous', fixture('previous-response.jsonc'));
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    const results = JSON.parse(out[0]);
    expect(results.map((r: { id: string }) => r.id)).toEqual([
      'deploys',
      'error-rate',
      'uptime',
      'empty',
      'broken',
      'by-region',
      'nps',
      'quarterly-revenue',
      'missing',
    ]);
    for (const r of results) {
      expect(Object.keys(r)).toEqual([
        'id',
        'status',
        'value',
        'target',
        'atRisk',
        'attainment',
        'forecast',
        'previous',
        'delta',
        'deltaKind',
        'newestSampleAt',
        'budgetLeft',
        'error',
      ]);
    }
  });

  it('evaluates each kind of answer as the spec says', async () => {
    const results = JSON.parse((await evaluate('--previous', fixture('previous-response.jsonc'))).out[0]);
    const byId = Object.fromEntries(results.map((r: { id: string }) => [r.id, r]));
    // 2+1+3+2+1 inside the 7 days (the 100 from 8 days ago and the nulls are skipped); last week summed to 12.
    expect(byId.deploys).toEqual({
      ...none,
      id: 'deploys',
      status: 'at-risk',
      value: 9,
      target: 10,
      atRisk: 8,
      attainment: 0.9,
      previous: 12,
      delta: -0.25,
      deltaKind: 'relative',
      newestSampleAt: '2026-03-18T11:00:00.000Z',
    });
    // lastNotNull skips the NaN at 12:00, so the newest sample is 11:00's 1.5%; yesterday ended at 1%: +0.5 pp.
    expect(byId['error-rate']).toEqual({
      ...none,
      id: 'error-rate',
      status: 'at-risk',
      value: 1.5,
      target: 1,
      atRisk: 2,
      attainment: 1 / 1.5,
      previous: 1,
      delta: 0.5,
      deltaKind: 'percentage-points',
      newestSampleAt: '2026-03-18T11:00:00.000Z',
    });
    expect(byId.uptime).toMatchObject({
      status: 'on-track',
      value: 99.95,
      atRisk: 99.5,
      previous: 99.8,
      deltaKind: 'percentage-points',
    });
    expect(byId.uptime.delta).toBeCloseTo(0.15, 9);
    expect(byId.empty).toEqual({ ...none, id: 'empty', status: 'no-data', value: null, target: 5, atRisk: 4.5 });
    expect(byId.broken).toMatchObject({
      status: 'error',
      value: null,
      error: expect.stringMatching(/^bad_data: invalid parameter "query"/),
    });
    expect(byId['by-region']).toMatchObject({
      status: 'error',
      error: expect.stringContaining('2 series ({region="eu"}, {region="us"})'),
    });
    // A one-row table has no time: always inside the window, never stale. Previous 0: an absolute difference.
    expect(byId.nps).toEqual({
      ...none,
      id: 'nps',
      status: 'on-track',
      value: 42,
      target: 40,
      atRisk: 36,
      attainment: 1.05,
      previous: 0,
      delta: 42,
      deltaKind: 'absolute',
    });
    // 800 in 76.5 of the quarter's 90 days projects to 941.18: at-risk, not off-track. Q4 had 750 by the same day.
    expect(byId['quarterly-revenue']).toMatchObject({
      status: 'at-risk',
      value: 800,
      previous: 750,
      deltaKind: 'relative',
    });
    expect(byId['quarterly-revenue'].forecast).toBeCloseTo((800 * 90) / 76.5, 9);
    expect(byId.missing).toMatchObject({ status: 'error', error: "no answer for refId 'missing' in the response" });
  });

  it('takes calendar windows in the zone --tz names', async () => {
    // At 23:30 UTC on 31 March it is already 1 April (Q2) in Berlin: nothing of Q1's revenue counts.
    const utc = JSON.parse(
      (
        await kpi(
          'evaluate',
          '--catalog',
          fixture('catalog.yaml'),
          '--response',
          fixture('response.jsonc'),
          '--now',
          '2026-03-31T21:30:00Z'
        )
      ).out[0]
    );
    const berlin = JSON.parse(
      (
        await kpi(
          'evaluate',
          '--catalog',
          fixture('catalog.yaml'),
          '--response',
          fixture('response.jsonc'),
          '--now',
          '2026-03-31T22:30:00Z',
          '--tz',
          'Europe/Berlin'
        )
      ).out[0]
    );
    expect(utc.find((r: { id: string }) => r.id === 'quarterly-revenue')).toMatchObject({ value: 800 });
    expect(berlin.find((r: { id: string }) => r.id === 'quarterly-revenue')).toMatchObject({
      status: 'no-data',
      value: null,
    });
  });

  it('lists a badly defined KPI as an error, without dropping the others', async () => {
    const { code, out } = await kpi(
      'evaluate',
      '--catalog',
      fixture('bad-catalog.yaml'),
      '--response',
      fixture('response.jsonc'),
      '--now',
      NOW
    );
    expect(code).toBe(0);
    const results = JSON.parse(out[0]);
    expect(results.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([
      ['deploys', 'error'],
      ['lead-time', 'error'],
      ['mttr', 'error'],
    ]);
    expect(results[0].error).toBe(
      "invalid KPI definition: kpis[0] (deploys).links[0].url: only http(s) links are allowed, got 'javascript:alert(1)'"
    );
    expect(results[1].error).toBe("no answer for refId 'lead-time' in the response");
    expect(results[2].error).toBe(
      'invalid KPI definition: kpis[2] (mttr).owner: required; kpis[2] (mttr).target.atRisk: must not be below target.value (60) for lower-is-better'
    );
  });

  it.each([
    ['no --now', ['evaluate', '--catalog', 'c.yaml', '--response', 'r.json'], 'kpi: --now is required'],
    [
      'a --now that is not ISO-8601',
      ['evaluate', '--catalog', 'c', '--response', 'r', '--now', 'yesterday'],
      "kpi: --now: 'yesterday' is not an ISO-8601 time like 2026-03-31T23:59:59Z",
    ],
    [
      'a --now on a day that does not exist',
      ['evaluate', '--catalog', 'c', '--response', 'r', '--now', '2026-02-30T12:00:00Z'],
      "kpi: --now: '2026-02-30T12:00:00Z' is not a date and time that exists",
    ],
    [
      'a --now with something after the offset',
      ['evaluate', '--catalog', 'c', '--response', 'r', '--now', '2026-03-18T12:00:00+01:00junk'],
      "kpi: --now: '2026-03-18T12:00:00+01:00junk' is not an ISO-8601 time like 2026-03-31T23:59:59Z",
    ],
    [
      'an unknown --tz',
      ['evaluate', '--catalog', 'c', '--response', 'r', '--now', NOW, '--tz', 'Mars/Olympus'],
      "kpi: --tz: unknown time zone 'Mars/Olympus': use an IANA name like Europe/Berlin or UTC",
    ],
    [
      'an unknown option',
      ['evaluate', '--catalogue', 'c'],
      'kpi: unknown option --catalogue (known: --catalog, --response, --previous, --now, --tz, --max-response-mb)',
    ],
    [
      'a missing catalog file',
      ['evaluate', '--catalog', 'nope.yaml', '--response', 'r', '--now', NOW],
      'kpi: nope.yaml: cannot read: no such file',
    ],
  ])('exits 2 with one line for %s', async (_name, argv, line) => {
    expect(await kpi(...argv)).toEqual({ code: 2, out: [], err: [line] });
  });

  it('exits 2 when the response is not JSON or not a /api/ds/query body', async () => {
    const notJson = await kpi(
      'evaluate',
      '--catalog',
      fixture('catalog.yaml'),
      '--response',
      fixture('catalog.yaml'),
      '--now',
      NOW
    );
    expect(notJson.code).toBe(2);
    expect(notJson.err).toEqual([expect.stringMatching(/^kpi: .*catalog\.yaml: not JSON: /)]);
    const notResponse = await kpi(
      'evaluate',
      '--catalog',
      fixture('catalog.yaml'),
      '--response',
      join(__dirname, '..', '..', 'package.json'),
      '--now',
      NOW
    );
    expect(notResponse.err).toEqual([
      expect.stringMatching(/package\.json: not a \/api\/ds\/query response: no "results"$/),
    ]);
  });

  it('names the line and column of a syntax error in --response and --previous', async () => {
    // Written here: prettier (npm run lint:fix) would take the comma out of a fixture file.
    const dir = mkdtempSync(join(tmpdir(), 'kpi-evaluate-'));
    const response = join(dir, 'response.json');
    writeFileSync(response, '{\n  "results": {\n    "deploys": { "frames": [] },\n  }\n}\n');
    const previous = join(dir, 'previous.json');
    writeFileSync(previous, '{\n  "results": {\n    "deploys": { "frames": [] } }\n  "x": 1\n}\n');
    const run = (...files: string[]) =>
      kpi('evaluate', '--catalog', fixture('catalog.yaml'), '--response', files[0], ...files.slice(1), '--now', NOW);
    expect(await run(response)).toEqual({
      code: 2,
      out: [],
      err: [`kpi: ${response}: not JSON: line 4, column 3: Expected double-quoted property name in JSON`],
    });
    expect(await run(fixture('response.jsonc'), '--previous', previous)).toEqual({
      code: 2,
      out: [],
      err: [`kpi: ${previous}: not JSON: line 4, column 3: Expected ',' or '}' after property value in JSON`],
    });
  });
});
