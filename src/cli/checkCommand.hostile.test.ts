import { writeFileSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';

import { bundleForTest, runBundle, startLocalServer, type Bundle, type LocalServer } from './testing/cliHarness';

// `kpi check`, bundled as users run it, against a local server that misbehaves; the limits are short so each
// case ends in seconds. The HTTP client's own cases are in grafanaHttp.test.ts.
const bundle: Bundle = bundleForTest('src/cli/run.ts', 'kpi-check-hostile-');
const dir = bundle.dir;

const kpiLine = (id: string, window: string, expr: string) =>
  `  - { id: ${id}, name: ${id}, team: sre, owner: ana, type: lagging, direction: higher-is-better, target: { value: 10 }, window: ${window}, query: { datasource: { type: prometheus, uid: prom }, expr: ${expr} } }`;
const catalogFile = join(dir, 'catalog.yaml');
writeFileSync(
  catalogFile,
  ['apiVersion: kpi-scorecards/v1', 'kind: KpiCatalog', 'kpis:']
    .concat(kpiLine('a', '1h', 'a'), kpiLine('b', '2h', 'b'), kpiLine('c', '3h', 'c'))
    .join('\n')
);

function frame(refId: string, value: number | null) {
  const now = Date.now();
  return {
    schema: {
      refId,
      fields: [
        { name: 'Time', type: 'time' },
        { name: 'Value', type: 'number' },
      ],
    },
    data: {
      values: [
        [now - 60_000, now],
        [value, value],
      ],
      ...(value === null ? { entities: [null, { NaN: [0, 1] }] } : {}),
    },
  };
}

type Handler = (body: { queries: Array<{ refId: string }> }, req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler;
let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer((req, res, text) => handler(JSON.parse(text || '{}'), req, res));
});

afterAll(async () => {
  await server.close();
  bundle.remove();
});

function check(...args: string[]) {
  return runBundle(bundle.file, ['check', '--grafana', server.url, '--catalog', catalogFile, ...args]);
}

const answer =
  (value: number | null): Handler =>
  (body, _req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(
      JSON.stringify({
        results: Object.fromEntries(body.queries.map((q) => [q.refId, { frames: [frame(q.refId, value)] }])),
      })
    );

describe('kpi check against a server that misbehaves', () => {
  jest.setTimeout(60_000);

  it('exits 2 with the reason when the server never answers, after --timeout', async () => {
    handler = () => undefined;
    const { code, stdout, stderr } = await check('--timeout', '0.5');
    expect(stderr).toMatch(
      /^kpi: no complete answer to POST \/api\/ds\/query of Grafana at .* within 0\.5 s \(raise the limit with --timeout\)\n$/
    );
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });

  it('exits 2 when the answer passes --max-response-mb', async () => {
    handler = (_body, _req, res) => res.writeHead(200).end(`{"results":{},"pad":"${'x'.repeat(2 ** 20)}"}`);
    const { code, stderr } = await check('--max-response-mb', '0.5');
    expect(stderr).toMatch(/is larger than 524288 bytes \(raise the cap with --max-response-mb\)\n$/);
    expect(code).toBe(2);
  });

  it('exits 2 when an HTML page answers, saying it is not a Grafana', async () => {
    handler = (_body, _req, res) => res.writeHead(502, { 'Content-Type': 'text/html' }).end('<html>Bad gateway</html>');
    const { code, stderr } = await check();
    expect(stderr).toContain('answered HTTP 502 with something that is not JSON (text/html): is');
    expect(code).toBe(2);
  });

  it('asks in parallel, never more than --concurrency at once', async () => {
    let running = 0;
    let most = 0;
    handler = (body, req, res) => {
      running++;
      most = Math.max(most, running);
      setTimeout(() => {
        running--;
        answer(50)(body, req, res);
      }, 300);
    };
    // Three windows, each with its previous period: six requests.
    const { code, stdout } = await check('--concurrency', '2');
    expect(stdout).toContain('3 KPI(s) checked, none off-track');
    expect(code).toBe(0);
    expect(most).toBe(2);
  });

  it('never passes NaN for a value: every KPI reads no-data', async () => {
    handler = answer(null);
    const { stdout } = await check();
    // The exit code for no-data is the spec's rule (check fails on what it cannot read): here, the status.
    const lines = stdout.split('\n').filter((l) => /^[abc]: /.test(l));
    expect(lines.map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['a: no-data', 'b: no-data', 'c: no-data']);
  });
});

describe('kpi check --select', () => {
  jest.setTimeout(60_000);

  it('exits 2 on a status that does not exist, before asking Grafana', async () => {
    handler = () => {
      throw new Error('Grafana must not be asked');
    };
    const { code, stderr } = await check('--select', 'status=offtrack');
    expect(stderr).toBe(
      "kpi: --select: unknown status 'offtrack' (did you mean off-track?): use at-risk, error, no-data, off-track, on-track or stale\n"
    );
    expect(code).toBe(2);
  });

  it('exits 2 when the selection holds no KPI, unless --allow-empty', async () => {
    handler = answer(50);
    const none = await check('--select', 'status=off-track');
    expect(none.stderr).toBe(
      'kpi: none of the 3 selected KPI(s) is off-track now: the gate would pass on nothing (pass --allow-empty when an empty selection may pass)\n'
    );
    expect(none.code).toBe(2);
    const allowed = await check('--select', 'status=off-track', '--allow-empty');
    expect(allowed.stdout).toBe('0 KPI(s) checked, none off-track or paging\n');
    expect(allowed.code).toBe(0);
  });
});
