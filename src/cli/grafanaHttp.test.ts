import { execFile } from 'node:child_process';
import { type ServerResponse } from 'node:http';

import { bundleForTest, closedPort, startLocalServer, type LocalServer } from './testing/cliHarness';

import type { GrafanaAnswer, GrafanaConnection } from './grafanaHttp';

// A local server that misbehaves in each way a real one has been seen to; short limits keep every case brief.
// The client runs in plain Node, as the command line does (jest's jsdom has no fetch or streams), bundled once.
const bundle = bundleForTest('src/cli/grafanaHttp.ts', 'kpi-grafana-http-');
let server: LocalServer;
let url: string;
let behave: (res: ServerResponse) => void;

beforeAll(async () => {
  server = await startLocalServer((_req, res) => behave(res));
  url = server.url;
});
afterEach(() => server.cutOpen());
afterAll(async () => {
  await server.close();
  bundle.remove();
});

const connection = (): GrafanaConnection => ({ url, token: 'glsa_test', timeoutMs: 300, maxBytes: 1024 });

/** What the client makes of one request (in a child process, the server answering from this one). */
function call(
  c: GrafanaConnection,
  then = ''
): Promise<{ answer?: GrafanaAnswer; unavailable?: string; json?: unknown; other?: string }> {
  const script = `const m = require(process.argv[1]);
const c = JSON.parse(process.argv[2]);
m.grafanaRequest(c, { method: 'POST', path: '/api/ds/query', body: { queries: [] } })
  .then((answer) => ({ answer, json: ${then || 'undefined'} }))
  .catch((e) => (e instanceof m.GrafanaUnavailableError ? { unavailable: e.message } : { other: String(e) }))
  .then((r) => process.stdout.write(JSON.stringify(r)));`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', script, bundle.file, JSON.stringify(c)], { encoding: 'utf8' }, (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout))
    );
  });
}
// Cases that end in an answer get time to spare on a busy machine; only the silent ones wait out the short limit.
const patient = () => ({ ...connection(), timeoutMs: 20_000 });

async function failure(c = connection()): Promise<string> {
  const result = await call(c);
  expect(result.unavailable).toBeDefined();
  return result.unavailable!;
}

describe('grafanaRequest against a server that misbehaves', () => {
  it('gives up on a server that never answers after --timeout', async () => {
    behave = () => undefined;
    expect(await failure()).toBe(
      `no complete answer to POST /api/ds/query of Grafana at ${url} within 0.3 s (raise the limit with --timeout)`
    );
  });

  it('gives up on a body that trickles, the time limit covering the whole answer', async () => {
    behave = (res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"results":');
      const drip = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(drip));
    };
    expect(await failure()).toMatch(/^no complete answer to POST \/api\/ds\/query of Grafana at .* within 0\.3 s/);
  });

  it.each([
    ['declares its length', true],
    ['is chunked, without a length', false],
  ])('stops reading an answer past --max-response-mb that %s', async (_name, declared) => {
    const big = `{"results":{"a":{"frames":[]}},"pad":"${'x'.repeat(5000)}"}`;
    behave = (res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', ...(declared ? { 'Content-Length': big.length } : {}) });
      // Chunked: sent in pieces, and never finished, so only the cap can end the read.
      declared ? res.end(big) : res.write(big);
    };
    expect(await failure(patient())).toMatch(
      /^the answer to POST \/api\/ds\/query of Grafana at .* is larger than 1024 bytes \(raise the cap with --max-response-mb\)$/
    );
  });

  it("says a refused token is refused, with Grafana's own words", async () => {
    behave = (res) => res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"message":"invalid API key"}');
    expect(await failure(patient())).toBe(
      `Grafana refused the token (HTTP 401: invalid API key): check GRAFANA_TOKEN and the service account's role`
    );
  });

  it("hands a 500 to the caller, and says an HTML page is not Grafana's API", async () => {
    behave = (res) => res.writeHead(500, { 'Content-Type': 'text/html' }).end('<html>Bad gateway</html>');
    const result = await call(
      patient(),
      "(() => { try { m.answerJson(answer, c, '/api/ds/query'); } catch (e) { return e.message; } })()"
    );
    expect(result.answer).toEqual({ status: 500, contentType: 'text/html', text: '<html>Bad gateway</html>' });
    expect(result.json).toBe(
      `${url}/api/ds/query answered HTTP 500 with something that is not JSON (text/html): is ${url} a Grafana?`
    );
  });

  it('says when nothing listens', async () => {
    const port = await closedPort();
    expect(await failure({ ...patient(), url: `http://127.0.0.1:${port}` })).toBe(
      `cannot reach Grafana at http://127.0.0.1:${port}: ECONNREFUSED`
    );
  });

  it('reads a whole answer within the limits', async () => {
    behave = (res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"results":{}}');
    expect(await call(patient())).toEqual({
      answer: { status: 200, contentType: 'application/json', text: '{"results":{}}' },
    });
  });
});
