import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { execFile } from 'node:child_process';
import { makeKpi } from '../test-fixtures/kpiBuilders';

// The real commands, bundled as users run them, against a local server that keeps the app's settings as Grafana's settings API does.
const dir = mkdtempSync(join(tmpdir(), 'kpi-pull-push-'));
const catalogOf = (kpis = [makeKpi()]) => ({ apiVersion: 'kpi-scorecards/v1', kind: 'KpiCatalog', kpis });

let stored: { enabled: boolean; pinned: boolean; jsonData: Record<string, unknown> };
let server: Server;
let url: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url} ${req.headers.authorization}`);
      if (req.url !== '/api/plugins/kpi-scorecards-app/settings') {
        res.writeHead(404).end('{"message":"Not found"}');
      } else if (req.method === 'POST') {
        stored = JSON.parse(body);
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"message":"Plugin settings updated"}');
      } else {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(stored));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());
beforeEach(() => {
  stored = { enabled: true, pinned: true, jsonData: { catalog: catalogOf(), catalogVersion: 3 } };
  requests.length = 0;
});

const repo = join(__dirname, '..', '..');
function kpi(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const lines = (text: string) => text.split('\n').filter((l) => l !== '');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(repo, 'scripts', 'kpi.mjs'), ...argv],
      { cwd: repo, env: { ...process.env, GRAFANA_TOKEN: 'glsa_test' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, out: lines(stdout), err: lines(stderr) })
    );
  });
}

describe('kpi pull and push', () => {
  // Each case runs the real command (a Node process) up to four times.
  jest.setTimeout(120_000);
  it('pulls the stored catalog as YAML with the mark push checks, and pushes an edit back', async () => {
    const file = join(dir, 'pulled.yaml');
    expect(await kpi('pull', '--grafana', url, '--out', file)).toEqual({ code: 0, out: [], err: [] });
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# Pulled from http:\/\/127\.0\.0\.1:\d+ at catalogVersion 3 /);
    expect(text).toMatch(/kpi-pulled sha256:[0-9a-f]{64}/);
    expect(parse(text)).toEqual(catalogOf());
    expect(requests).toEqual([`GET /api/plugins/kpi-scorecards-app/settings Bearer glsa_test`]);

    writeFileSync(file, text.replace('name: Deployment frequency', 'name: Deploys'));
    const pushed = await kpi('push', '--grafana', url, file);
    expect(pushed).toEqual({ code: 0, out: [`pushed ${file} to ${url}: catalogVersion 4, 1 KPI(s)`], err: [] });
    const kpiNow = (stored.jsonData.catalog as ReturnType<typeof catalogOf>).kpis[0];
    // By the app's rules: version one up, the change recorded in the KPI's history.
    expect(kpiNow).toMatchObject({ name: 'Deploys', revision: 1 });
    expect(kpiNow.history?.at(-1)).toMatchObject({
      by: 'kpi push',
      changes: ['name: Deployment frequency -> Deploys'],
    });
    expect(stored.jsonData.catalogVersion).toBe(4);

    // Pushed again from git without pulling: the store holds what the last push wrote, so it is not refused.
    writeFileSync(file, text.replace('name: Deployment frequency', 'name: Deploys per week'));
    expect((await kpi('push', '--grafana', url, file)).code).toBe(0);
  });

  it('refuses to push once the stored catalog changed since the pull, and writes nothing', async () => {
    const file = join(dir, 'stale.yaml');
    await kpi('pull', '--grafana', url, '--out', file);
    // An admin edits the catalog in the app meanwhile.
    stored.jsonData = {
      ...stored.jsonData,
      catalog: catalogOf([makeKpi({ owner: 'kim@example.com' })]),
      catalogVersion: 4,
    };
    const before = JSON.stringify(stored);
    const refused = await kpi('push', '--grafana', url, file);
    expect(refused.code).toBe(1);
    expect(refused.err).toEqual([
      `kpi: the catalog in ${url} changed since ${file} was pulled (stored catalogVersion 4): run kpi pull --grafana ${url} --out FILE, merge, and push again`,
    ]);
    expect(JSON.stringify(stored)).toBe(before);
  });

  it('refuses a file that was never pulled over a stored catalog, a provisioned catalog, and a catalog with errors', async () => {
    const file = join(dir, 'fresh.yaml');
    writeFileSync(file, JSON.stringify(catalogOf([makeKpi({ id: 'other' })])));
    expect((await kpi('push', '--grafana', url, file)).err[0]).toContain('it has no kpi-pulled mark');

    stored.jsonData.provisioned = true;
    const provisioned = await kpi('push', '--grafana', url, file);
    expect(provisioned.code).toBe(1);
    expect(provisioned.err[0]).toMatch(/is provisioned .* Change the provisioning file/);

    writeFileSync(file, JSON.stringify(catalogOf([makeKpi({ owner: '' })])));
    const invalid = await kpi('push', '--grafana', url, file);
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
    expect((await kpi('push', '--grafana', url, file)).code).toBe(0);
    expect(stored.jsonData).toMatchObject({ catalogVersion: 1, catalog: { kpis: [{ id: 'deployment-frequency' }] } });

    stored.jsonData.catalogBudgetKiB = 0.5;
    const big = await kpi('push', '--grafana', url, file);
    expect(big.code).toBe(1);
    expect(big.err[0]).toMatch(/over its size budget of 0\.5 KiB.*nothing was pushed$/);
  });

  it('exits 2 when Grafana refuses the token or is not there', async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const gone = await kpi('pull', '--grafana', url);
    expect(gone.code).toBe(2);
    expect(gone.err[0]).toMatch(/^kpi: cannot reach Grafana at http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED$/);
    await new Promise<void>((resolve) => server.listen(Number(new URL(url).port), '127.0.0.1', resolve));
  });
});
