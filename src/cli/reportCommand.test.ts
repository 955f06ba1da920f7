import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { bundleForTest, runBundle, startLocalServer } from './testing/cliHarness';

// The real command, bundled as users run it, against a local server that answers like Grafana's /api/ds/query
// with a series whose value is the UTC month of each sample: what a KPI read at a close is can be told by it.
const catalog = `apiVersion: kpi-scorecards/v1
kind: KpiCatalog
objectives:
  - { id: reliable, title: "Reliable | fast" }
kpis:
  - { id: month-gauge, name: "Checkout, \\"fast\\" path", team: sre, owner: "=cmd|calc", type: lagging,
      objective: reliable, direction: higher-is-better, target: { value: 5 }, window: 1h,
      query: { datasource: { type: prometheus, uid: prom }, expr: gauge } }
  - { id: month-sum, name: Deploys, team: platform, owner: bo, type: leading, direction: higher-is-better,
      target: { value: 30000 }, window: month, reduce: sum, query: { datasource: { type: prometheus, uid: prom }, expr: sum } }
  - { id: no-owner, name: Broken, team: platform, type: leading, direction: higher-is-better,
      target: { value: 1 }, window: 1h, query: { datasource: { type: prometheus, uid: prom }, expr: x } }
`;

const STEP = 10 * 60_000;

/** Samples every 10 minutes over the asked span, each the UTC month (1-12) of its time. */
function frame(refId: string, from: number, to: number) {
  const times: number[] = [];
  for (let t = Math.ceil(from / STEP) * STEP; t <= to; t += STEP) {
    times.push(t);
  }
  return {
    schema: {
      refId,
      fields: [
        { name: 'Time', type: 'time' },
        { name: 'Value', type: 'number', labels: {} },
      ],
    },
    data: { values: [times, times.map((t) => new Date(t).getUTCMonth() + 1)] },
  };
}

const bundle = bundleForTest('src/cli/run.ts', 'kpi-report-');
afterAll(() => bundle.remove());
const catalogFile = join(bundle.dir, 'catalog.yaml');
writeFileSync(catalogFile, catalog);
const kpi = (args: string[]) => runBundle(bundle.file, ['report', ...args]);

async function withGrafana(run: (url: string) => Promise<void>) {
  const server = await startLocalServer((req, res, text) => {
    const body = JSON.parse(text) as { from: string; to: string; queries: Array<{ refId: string }> };
    const results = Object.fromEntries(
      body.queries.map((q) => [q.refId, { status: 200, frames: [frame(q.refId, Number(body.from), Number(body.to))] }])
    );
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ results }));
  });
  try {
    await run(server.url);
  } finally {
    await server.close();
  }
}

const HEADER =
  'period,period_start,period_end,objective,objective_title,kpi,name,team,owner,unit,direction,target,target_min,' +
  'target_max,value,status,previous,delta,delta_kind,attainment,error';

describe('kpi report', () => {
  jest.setTimeout(60_000);

  it('writes each KPI as it stood when Q3 closed, beside Q2, as RFC 4180 CSV', async () => {
    await withGrafana(async (url) => {
      const { code, stdout, stderr } = await kpi(['--grafana', url, '--catalog', catalogFile, '--period', '2026-Q3']);
      expect(code).toBe(0);
      const lead = '2026-Q3,2026-07-01T00:00:00+00:00,2026-10-01T00:00:00+00:00';
      expect(stdout).toBe(
        [
          HEADER,
          // The last hour of September reads 9; June's last hour 6: +50%. The name's comma and quotes are quoted,
          // the owner that a spreadsheet would run as a formula starts with an apostrophe.
          `${lead},reliable,Reliable | fast,month-gauge,"Checkout, ""fast"" path",sre,'=cmd|calc,short,higher-is-better,5,,,9,on-track,6,0.5,relative,1.8,`,
          // September's sum (30 days of 144 samples of 9) beside June's (of 6); judged at e = 1, not on a forecast.
          `${lead},,,month-sum,Deploys,platform,bo,short,higher-is-better,30000,,,38880,on-track,25920,0.5,relative,1.296,`,
          `${lead},,,no-owner,Broken,platform,,short,higher-is-better,1,,,,error,,,,,invalid KPI definition: kpis[2] (no-owner).owner: required`,
        ].join('\r\n') + '\r\n'
      );
      expect(stderr).toContain('kpis[2] (no-owner).owner: required');
    });
  });

  it('reads the period in --tz and writes a Markdown table per objective, user text escaped', async () => {
    await withGrafana(async (url) => {
      const args = ['--grafana', url, '--catalog', catalogFile, '--period', '2026-09', '--tz', 'Europe/Berlin'];
      const { code, stdout } = await kpi([...args, '--format', 'markdown', '--select', 'team=sre']);
      expect(code).toBe(0);
      expect(stdout).toContain('# KPI report 2026-09');
      expect(stdout).toContain('From 2026-09-01 00:00 +02:00 to 2026-10-01 00:00 +02:00; previous period 2026-08.');
      expect(stdout).toContain('## Reliable \\| fast (reliable)');
      expect(stdout).toContain('1 on-track');
      expect(stdout).toContain(
        '| Checkout, "fast" path (month-gauge) | sre | =cmd\\|calc | ≥ 5 | 9 | on-track | 8 | +12.5% | 180% |'
      );
      expect(stdout).not.toContain('Deploys');
    });
  });

  it.each([
    [['--period', '2026-13'], "--period: '2026-13': there is no month 13"],
    [['--period', 'Q3-2026'], "--period: 'Q3-2026' is not a month (2026-11), a quarter (2026-Q3) or a year (2026)"],
    [['--period', '2999-Q1'], '--period: 2999-Q1 is in the future'],
    [['--period', String(new Date().getUTCFullYear())], 'has not closed yet'],
    [['--period', '2026-Q3', '--format', 'xml'], "--format: 'xml' is not csv or markdown"],
    [['--period', '2026-Q3', '--tz', 'Mars/Olympus'], "--tz: unknown time zone 'Mars/Olympus'"],
    [[], '--period is required'],
  ])('refuses %j with exit 2, naming the argument', async (args, message) => {
    const { code, stdout, stderr } = await kpi(['--grafana', 'http://127.0.0.1:9', '--catalog', catalogFile, ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });
});
