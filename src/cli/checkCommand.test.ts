import { writeFileSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';

import { bundleForTest, closedPort, runBundle, startLocalServer } from './testing/cliHarness';

// The real command, bundled as users run it, against a local server that answers like Grafana's /api/ds/query.
const catalog = `apiVersion: kpi-scorecards/v1
kind: KpiCatalog
kpis:
  - { id: availability, name: Availability, team: sre, owner: ana, type: lagging, direction: higher-is-better,
      unit: percent, target: { value: 99.9 }, window: 1h, query: { datasource: { type: prometheus, uid: prom }, expr: avail } }
  - { id: deploys, name: Deploys, team: platform, owner: bo, type: leading, direction: higher-is-better,
      target: { value: 10 }, window: 1h, reduce: sum, query: { datasource: { type: prometheus, uid: prom }, expr: deploys } }
`;

/** A frame in Grafana's wire format with one sample a minute over the last half hour. */
function frame(refId: string, value: number) {
  const now = Date.now();
  const times = Array.from({ length: 30 }, (_, i) => now - (30 - i) * 60_000);
  return {
    schema: {
      refId,
      meta: { type: 'timeseries-multi', typeVersion: [0, 1] },
      fields: [
        { name: 'Time', type: 'time', typeInfo: { frame: 'time.Time' } },
        { name: 'Value', type: 'number', typeInfo: { frame: 'float64' }, labels: {} },
      ],
    },
    data: { values: [times, times.map(() => value)] },
  };
}

type Handler = (
  body: { queries: Array<{ refId: string; expr: string }> },
  req: IncomingMessage,
  res: ServerResponse
) => void;

const bundle = bundleForTest('src/cli/run.ts', 'kpi-check-');
afterAll(() => bundle.remove());

async function withGrafana(handler: Handler, run: (url: string) => Promise<void>) {
  const server = await startLocalServer((req, res, text) => handler(JSON.parse(text || '{}'), req, res));
  try {
    await run(server.url);
  } finally {
    await server.close();
  }
}

const kpi = (args: string[], token = 'glsa_test') => runBundle(bundle.file, args, { GRAFANA_TOKEN: token });

const dir = bundle.dir;
const catalogFile = join(dir, 'catalog.yaml');
writeFileSync(catalogFile, catalog);

function answer(values: Record<string, number>): Handler {
  return (body, req, res) => {
    if (req.url !== '/api/ds/query' || req.headers.authorization !== 'Bearer glsa_test') {
      res.writeHead(401, { 'Content-Type': 'application/json' }).end(JSON.stringify({ message: 'invalid API key' }));
      return;
    }
    const results = Object.fromEntries(
      body.queries.map((q) => [q.refId, { status: 200, frames: [frame(q.refId, values[q.expr])] }])
    );
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ results }));
  };
}

describe('kpi check', () => {
  jest.setTimeout(60_000);

  it('passes the gate when no selected KPI is off-track', async () => {
    await withGrafana(answer({ avail: 99.95, deploys: 1 }), async (url) => {
      const { code, stdout } = await kpi(['check', '--grafana', url, '--catalog', catalogFile, '--select', 'team=sre']);
      // In its unit, with what it was judged on.
      expect(stdout).toContain('availability: on-track 99.950% (target 99.900%)');
      expect(stdout).not.toContain('deploys');
      expect(code).toBe(0);
    });
  });

  it('fails the gate with exit 1 when a selected KPI is off-track', async () => {
    await withGrafana(answer({ avail: 99.95, deploys: 0.05 }), async (url) => {
      // 30 samples of 0.05 sum to 1.5 deploys in the hour against a target of 10.
      const { code, stdout } = await kpi(['check', '--grafana', url, '--catalog', catalogFile]);
      expect(stdout).toContain('deploys: off-track 1.50 (target 10): the value misses its target');
      expect(stdout).toContain('failing (off-track or paging): deploys');
      expect(code).toBe(1);
    });
  });

  it('without --catalog, checks the catalog stored in that Grafana', async () => {
    const ds = answer({ avail: 99.95, deploys: 0.05 });
    const settings: Handler = (body, req, res) => {
      if (req.url === '/api/plugins/kpi-scorecards-app/settings' && req.method === 'GET') {
        // Stored as provisioning may hold it: YAML text in jsonData.catalog.
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ jsonData: { catalog } }));
        return;
      }
      ds(body, req, res);
    };
    await withGrafana(settings, async (url) => {
      const { code, stdout } = await kpi(['check', '--grafana', url]);
      expect(stdout).toContain('availability: on-track 99.950% (target 99.900%)');
      expect(stdout).toContain('failing (off-track or paging): deploys');
      expect(code).toBe(1);
    });
    const empty: Handler = (_body, _req, res) => res.writeHead(200).end(JSON.stringify({ jsonData: {} }));
    await withGrafana(empty, async (url) => {
      const { code, stderr } = await kpi(['check', '--grafana', url]);
      expect(stderr).toBe(`kpi: ${url} has no catalog stored: pass --catalog FILE\n`);
      expect(code).toBe(2);
    });
  });

  it('exits 2 with a clear message when the token is refused', async () => {
    await withGrafana(answer({}), async (url) => {
      const { code, stderr } = await kpi(['check', '--grafana', url, '--catalog', catalogFile], 'wrong');
      expect(stderr).toContain('Grafana refused the token (HTTP 401: invalid API key)');
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(code).toBe(2);
    });
  });

  it('exits 2 when Grafana cannot be reached', async () => {
    const closed = `http://127.0.0.1:${await closedPort()}`;
    const { code, stderr } = await kpi(['check', '--grafana', closed, '--catalog', catalogFile]);
    expect(stderr).toContain(`cannot reach Grafana at ${closed}: ECONNREFUSED`);
    expect(code).toBe(2);
  });

  it('keeps a per-query error on its KPI and judges the others', async () => {
    const handler: Handler = (body, _req, res) => {
      const results = Object.fromEntries(
        body.queries.map((q) =>
          q.expr === 'avail'
            ? [
                q.refId,
                { status: 400, error: 'bad_data: parse error at char 5', errorSource: 'downstream', frames: [] },
              ]
            : [q.refId, { status: 200, frames: [frame(q.refId, 1)] }]
        )
      );
      res.writeHead(400, { 'Content-Type': 'application/json' }).end(JSON.stringify({ results }));
    };
    await withGrafana(handler, async (url) => {
      const { code, stdout } = await kpi(['check', '--grafana', url, '--catalog', catalogFile]);
      expect(stdout).toContain('availability: error -: bad_data: parse error at char 5');
      expect(stdout).toContain('deploys: on-track 30');
      // A gate never passes on a KPI it could not judge.
      expect(stdout).toContain('could not judge: availability');
      expect(code).toBe(2);
    });
  });

  it('lists a selected KPI whose definition is invalid as an error and does not pass the gate on it', async () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, catalog.replace('owner: ana, ', ''));
    await withGrafana(answer({ avail: 99.95, deploys: 0.05 }), async (url) => {
      const sre = await kpi(['check', '--grafana', url, '--catalog', broken, '--select', 'team=sre']);
      expect(sre.stdout).toContain(
        'availability: error -: invalid KPI definition: kpis[0] (availability).owner: required'
      );
      expect(sre.stdout).toContain('could not judge: availability');
      expect(sre.code).toBe(2);
      // Off track elsewhere in the selection still fails the gate outright.
      const all = await kpi(['check', '--grafana', url, '--catalog', broken]);
      expect(all.stdout).toContain('failing (off-track or paging): deploys');
      expect(all.code).toBe(1);
    });
  });

  it('exits 2 on a stale or no-data KPI unless --allow-stale (which lets only stale pass)', async () => {
    const stale = join(dir, 'stale.yaml');
    writeFileSync(
      stale,
      catalog.replace(
        'window: 1h, query: { datasource: { type: prometheus, uid: prom }, expr: avail }',
        'window: 1h, maxAge: 5m, query: { datasource: { type: prometheus, uid: prom }, expr: old }'
      )
    );
    const old: Handler = (body, _req, res) => {
      const results = Object.fromEntries(
        body.queries.map((q) => {
          const f = frame(q.refId, q.expr === 'old' ? 99.95 : 12);
          // The availability samples stopped 20 minutes ago.
          const [times, values] = f.data.values;
          const keep = q.expr === 'old' ? times.length - 20 : times.length;
          f.data.values = [times.slice(0, keep), values.slice(0, keep)];
          return [q.refId, { status: 200, frames: [f] }];
        })
      );
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ results }));
    };
    await withGrafana(old, async (url) => {
      const strict = await kpi(['check', '--grafana', url, '--catalog', stale]);
      expect(strict.stdout).toMatch(
        /availability: stale 99\.950% \(target 99\.900%\): newest sample 2\d min old, older than maxAge 5m/
      );
      expect(strict.stdout).toContain('could not judge: availability');
      expect(strict.code).toBe(2);
      const lenient = await kpi(['check', '--grafana', url, '--catalog', stale, '--allow-stale']);
      expect(lenient.code).toBe(0);
    });
    await withGrafana(answer({}), async (url) => {
      // No answer has a number: no-data cannot pass a gate, --allow-stale or not.
      const { code, stdout } = await kpi(['check', '--grafana', url, '--catalog', catalogFile, '--allow-stale']);
      expect(stdout).toContain('availability: no-data -: no numeric sample in the window');
      expect(code).toBe(2);
    });
  });

  it('exits 1 when a selected SLO pages, though its budget alone is on-track, and says on which burn', async () => {
    const slo = join(dir, 'slo.yaml');
    writeFileSync(
      slo,
      `apiVersion: kpi-scorecards/v1
kind: KpiCatalog
kpis:
  - { id: availability, name: Availability, team: sre, owner: ana, type: lagging, direction: higher-is-better,
      unit: percent, target: {}, window: 30d, slo: { objective: 99.9, good: { expr: good }, total: { expr: total } },
      query: { datasource: { type: prometheus, uid: prom }, expr: avail } }
`
    );
    // The window's SLI is fine (99.99%: 90% of the budget left), but 2% of requests failed over every span.
    await withGrafana(answer({ avail: 99.99, good: 98, total: 100 }), async (url) => {
      const { code, stdout } = await kpi(['check', '--grafana', url, '--catalog', slo]);
      expect(stdout).toContain(
        'availability: on-track 99.990% (budget 90.0% left of SLO 99.9%): page: burning 20x over 1h and 20x over 5m'
      );
      expect(stdout).toContain('failing (off-track or paging): availability');
      expect(code).toBe(1);
    });
  });
});
