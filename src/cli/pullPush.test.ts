import { readFileSync, writeFileSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';

import { parse } from 'yaml';

import { makeKpi } from '../test-fixtures/kpiBuilders';
import {
  bundleForTest,
  closedPort,
  linesOf,
  runBundle,
  startLocalServer,
  type LocalServer,
} from './testing/cliHarness';

// The real commands, bundled as users run them, against a local server that keeps the app's settings as Grafana's
// settings API does, or misbehaves as a real one (or what stands in front of it) can.
const bundle = bundleForTest('src/cli/run.ts', 'kpi-pull-push-');
const dir = bundle.dir;
const SETTINGS = '/api/plugins/kpi-scorecards-app/settings';
const catalogOf = (kpis = [makeKpi()]) => ({ apiVersion: 'kpi-scorecards/v1', kind: 'KpiCatalog', kpis });

let stored: { enabled: boolean; pinned: boolean; jsonData: Record<string, unknown> };
const requests: string[] = [];
/** Answers a request instead of the well-behaved store (return true), for the misbehaving cases. */
let misbehave: (req: IncomingMessage, res: ServerResponse) => boolean;
let server: LocalServer;

function grafana(req: IncomingMessage, res: ServerResponse, body: string) {
  requests.push(`${req.method} ${req.url} ${req.headers.authorization}`);
  if (misbehave(req, res)) {
    return;
  }
  const json = { 'Content-Type': 'application/json' };
  if (req.url !== SETTINGS) {
    res.writeHead(404, json).end('{"message":"Not found"}');
  } else if (req.method === 'POST') {
    stored = JSON.parse(body);
    res.writeHead(200, json).end('{"message":"Plugin settings updated"}');
  } else {
    res.writeHead(200, json).end(JSON.stringify(stored));
  }
}

beforeAll(async () => {
  server = await startLocalServer(grafana);
});
afterAll(async () => {
  await server.close();
  bundle.remove();
});
beforeEach(() => {
  stored = { enabled: true, pinned: true, jsonData: { catalog: catalogOf(), catalogVersion: 3 } };
  requests.length = 0;
  misbehave = () => false;
});
afterEach(() => server.cutOpen());

async function kpi(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const run = await runBundle(
    bundle.file,
    argv.map((a) => (a === 'URL' ? server.url : a))
  );
  return { code: run.code, out: linesOf(run.stdout), err: linesOf(run.stderr) };
}

/** A file pulled from the store as it is now. */
async function pulled(name: string): Promise<string> {
  const file = join(dir, name);
  expect((await kpi('pull', '--grafana', 'URL', '--out', file)).code).toBe(0);
  return file;
}

describe('kpi pull and push', () => {
  // Each case runs the real command (a Node process) up to four times.
  jest.setTimeout(120_000);
  it('pulls the stored catalog as YAML with the mark push checks, and pushes an edit back', async () => {
    const file = await pulled('pulled.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# Pulled from http:\/\/127\.0\.0\.1:\d+ at catalogVersion 3 /);
    expect(text).toMatch(/kpi-pulled sha256:[0-9a-f]{64}/);
    expect(parse(text)).toEqual(catalogOf());
    expect(requests).toEqual([`GET ${SETTINGS} Bearer glsa_test`]);

    writeFileSync(file, text.replace('name: Deployment frequency', 'name: Deploys'));
    const pushed = await kpi('push', '--grafana', 'URL', file);
    expect(pushed).toEqual({ code: 0, out: [`pushed ${file} to ${server.url}: catalogVersion 4, 1 KPI(s)`], err: [] });
    const kpiNow = (stored.jsonData.catalog as ReturnType<typeof catalogOf>).kpis[0];
    // By the app's rules: version one up, the change recorded in the KPI's history.
    expect(kpiNow).toMatchObject({ name: 'Deploys', revision: 1 });
    expect(kpiNow.history?.at(-1)).toMatchObject({
      by: 'kpi push',
      changes: ['name: Deployment frequency -> Deploys'],
    });
    expect(stored.jsonData.catalogVersion).toBe(4);

    // The same file pushed again (a pipeline runs on every merge): nothing written, no version for editors to trip on.
    requests.length = 0;
    expect(await kpi('push', '--grafana', 'URL', file)).toEqual({
      code: 0,
      out: [`${server.url} already holds ${file} (catalogVersion 4): nothing to push`],
      err: [],
    });
    expect(requests.filter((r) => r.startsWith('POST'))).toEqual([]);

    // Pushed again from git without pulling: the store holds what the last push wrote, so it is not refused.
    writeFileSync(file, text.replace('name: Deployment frequency', 'name: Deploys per week'));
    expect((await kpi('push', '--grafana', 'URL', file)).code).toBe(0);
    expect(stored.jsonData.catalogVersion).toBe(5);
  });

  it('refuses to push once the stored catalog changed since the pull, and writes nothing', async () => {
    const file = await pulled('stale.yaml');
    // An admin edits the catalog in the app meanwhile.
    stored.jsonData = {
      ...stored.jsonData,
      catalog: catalogOf([makeKpi({ owner: 'kim@example.com' })]),
      catalogVersion: 4,
    };
    const before = JSON.stringify(stored);
    const refused = await kpi('push', '--grafana', 'URL', file);
    expect(refused.code).toBe(1);
    expect(refused.err).toEqual([
      `kpi: the catalog in ${server.url} changed since ${file} was pulled (stored catalogVersion 4): run kpi pull --grafana ${server.url} --out FILE, merge, and push again`,
    ]);
    expect(JSON.stringify(stored)).toBe(before);
  });

  it('says when an edit in the app replaced the push at the same moment (the read-back misses its mark)', async () => {
    const file = await pulled('raced.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Deployment frequency', 'name: Deploys'));
    // The push's write lands, and the other admin's save, built on what the push read, replaces it at once.
    misbehave = (req, res) => {
      if (req.method !== 'POST') {
        return false;
      }
      stored.jsonData = { ...stored.jsonData, catalogVersion: 4, catalogSaves: [{ version: 4, id: 'editor' }] };
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"message":"Plugin settings updated"}');
      return true;
    };
    const raced = await kpi('push', '--grafana', 'URL', file);
    expect(raced.code).toBe(1);
    expect(raced.err).toEqual([
      'kpi: another save replaced this push at the same moment (now catalogVersion 4): pull and push again',
    ]);
  });

  it('reads back again shortly after, finding a save that replaced the push after its first read-back', async () => {
    const file = await pulled('raced-later.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: Deployment frequency', 'name: Deploys'));
    let reads = 0;
    misbehave = (req) => {
      // The push reads, writes, reads back: then the other admin's save (read before the push wrote) lands.
      if (req.method === 'GET' && ++reads === 3) {
        stored.jsonData = { ...stored.jsonData, catalogVersion: 4, catalogSaves: [{ version: 4, id: 'editor' }] };
      }
      return false;
    };
    const raced = await kpi('push', '--grafana', 'URL', file);
    expect(raced.err).toEqual([
      'kpi: another save replaced this push at the same moment (now catalogVersion 4): pull and push again',
    ]);
    expect(raced.code).toBe(1);
  });

  it('refuses a file that was never pulled over a stored catalog, a provisioned catalog, and a catalog with errors', async () => {
    const file = join(dir, 'fresh.yaml');
    writeFileSync(file, JSON.stringify(catalogOf([makeKpi({ id: 'other' })])));
    expect((await kpi('push', '--grafana', 'URL', file)).err[0]).toContain('it has no kpi-pulled mark');

    stored.jsonData.provisioned = true;
    const provisioned = await kpi('push', '--grafana', 'URL', file);
    expect(provisioned.code).toBe(1);
    expect(provisioned.err[0]).toMatch(
      /is provisioned .* Change the provisioning file \(provisioning\/plugins\/\*\.yaml, jsonData\.catalog\) and restart Grafana\.$/
    );

    writeFileSync(file, JSON.stringify(catalogOf([makeKpi({ owner: '' })])));
    const invalid = await kpi('push', '--grafana', 'URL', file);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toEqual([
      `${file}: kpis[0] (deployment-frequency).owner: must not be empty`,
      `kpi: ${file} has errors: nothing was pushed`,
    ]);
    expect(requests.filter((r) => r.startsWith('POST'))).toEqual([]);
  });

  it('pushes into an empty store, and refuses a catalog over the stored budget', async () => {
    stored = { enabled: true, pinned: true, jsonData: {} };
    const file = join(dir, 'first.json');
    writeFileSync(file, JSON.stringify(catalogOf()));
    expect((await kpi('push', '--grafana', 'URL', file)).code).toBe(0);
    expect(stored.jsonData).toMatchObject({ catalogVersion: 1, catalog: { kpis: [{ id: 'deployment-frequency' }] } });

    stored.jsonData.catalogBudgetKiB = 0.5;
    writeFileSync(file, JSON.stringify(catalogOf([makeKpi({ name: 'Deploys per week' })])));
    const big = await kpi('push', '--grafana', 'URL', file);
    expect(big.code).toBe(1);
    expect(big.err[0]).toMatch(/over its size budget of 0\.5 KiB.*nothing was pushed$/);
  });
});

describe('kpi pull, push and check against a Grafana that misbehaves: exit 2, saying what happened', () => {
  jest.setTimeout(120_000);
  const reading = `GET ${SETTINGS} of Grafana at`;

  it('gives up after --timeout on a server that never answers, or answers a trickle', async () => {
    misbehave = () => true;
    const silent = await kpi('pull', '--grafana', 'URL', '--timeout', '0.5');
    expect(silent).toEqual({
      code: 2,
      out: [],
      err: [`kpi: no complete answer to ${reading} ${server.url} within 0.5 s (raise the limit with --timeout)`],
    });
    misbehave = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' }).write('{"jsonData":');
      const drip = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(drip));
      return true;
    };
    // check without --catalog reads the stored catalog through the same client.
    const trickle = await kpi('check', '--grafana', 'URL', '--timeout', '0.5');
    expect(trickle.code).toBe(2);
    expect(trickle.err).toEqual([
      `kpi: no complete answer to ${reading} ${server.url} within 0.5 s (raise the limit with --timeout)`,
    ]);
  });

  it('stops reading an answer past --max-response-mb', async () => {
    stored.jsonData.pad = 'x'.repeat(2 ** 20);
    const big = await kpi('pull', '--grafana', 'URL', '--max-response-mb', '0.5');
    expect(big.code).toBe(2);
    expect(big.err).toEqual([
      `kpi: the answer to ${reading} ${server.url} is larger than 524288 bytes (raise the cap with --max-response-mb)`,
    ]);
  });

  it('names what answered instead of the settings: an HTML page, JSON of another shape, no such app', async () => {
    misbehave = (_req, res) => (res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>Sign in</html>'), true);
    expect((await kpi('pull', '--grafana', 'URL')).err).toEqual([
      `kpi: ${server.url}${SETTINGS} answered HTTP 200 with something that is not JSON (text/html): is ${server.url} a Grafana?`,
    ]);
    misbehave = (_req, res) => (res.writeHead(200, { 'Content-Type': 'application/json' }).end('[1,2]'), true);
    expect((await kpi('pull', '--grafana', 'URL')).err).toEqual([
      `kpi: ${reading} ${server.url} answered JSON that is not an app's settings (an object with jsonData)`,
    ]);
    misbehave = (_req, res) => (
      res.writeHead(404).end('{"message":"Plugin not found, no installed plugin with that id"}'),
      true
    );
    const missing = await kpi('pull', '--grafana', 'URL');
    expect(missing.code).toBe(2);
    expect(missing.err).toEqual([
      `kpi: ${reading} ${server.url} answered HTTP 404: Plugin not found, no installed plugin with that id: is the app kpi-scorecards-app installed there, and --grafana its root URL?`,
    ]);
  });

  it.each([
    [409, 'Grafana refused the write as conflicting with another, nothing was saved: pull, merge and push again'],
    [412, 'Grafana refused the write as conflicting with another, nothing was saved: pull, merge and push again'],
    [500, 'the catalog may have been saved or not: kpi pull shows what is stored'],
  ])('says what an HTTP %i to the write means for the catalog', async (status, meaning) => {
    const file = await pulled(`answered-${status}.yaml`);
    misbehave = (req, res) =>
      req.method === 'POST' && (res.writeHead(status).end(JSON.stringify({ message: 'from Grafana' })), true);
    const refused = await kpi('push', '--grafana', 'URL', file);
    expect(refused).toEqual({
      code: 2,
      out: [],
      err: [`kpi: POST ${SETTINGS} of Grafana at ${server.url} answered HTTP ${status}: from Grafana: ${meaning}`],
    });
  });

  it('says a write that got no answer may have been saved, and a refused token that it was not', async () => {
    const file = await pulled('unanswered.yaml');
    misbehave = (req) => req.method === 'POST';
    const silent = await kpi('push', '--grafana', 'URL', '--timeout', '1', file);
    expect(silent.code).toBe(2);
    expect(silent.err[0]).toMatch(
      /within 1 s \(raise the limit with --timeout\); the catalog may have been saved or not: kpi pull shows what is stored$/
    );
    misbehave = (req, res) =>
      req.method === 'POST' && (res.writeHead(403).end('{"message":"Permission denied"}'), true);
    expect((await kpi('push', '--grafana', 'URL', file)).err).toEqual([
      "kpi: Grafana refused the token (HTTP 403: Permission denied): check GRAFANA_TOKEN and the service account's role",
    ]);
  });

  it('says when nothing listens, and a 500 to a read with Grafana`s own words', async () => {
    const port = await closedPort();
    expect((await kpi('pull', '--grafana', `http://127.0.0.1:${port}`)).err).toEqual([
      `kpi: cannot reach Grafana at http://127.0.0.1:${port}: ECONNREFUSED`,
    ]);
    misbehave = (_req, res) => (res.writeHead(500).end('{"message":"database is locked"}'), true);
    expect(await kpi('pull', '--grafana', 'URL')).toEqual({
      code: 2,
      out: [],
      err: [`kpi: ${reading} ${server.url} answered HTTP 500: database is locked`],
    });
  });
});
