// Browser bench: the built plugin in Debian's Chromium through the preview host (preview/server.mjs),
// against the demo Prometheus when it runs. Prints one `NAME: VALUE` line per measure:
//   scorecard 200 KPIs render / 200 BigValue ratio   main-thread time (Chromium's TaskDuration) from mounting
//                                                    to every card showing its value, over the same for 200
//                                                    @grafana/ui BigValues at the card's size; same page, same
//                                                    run, interleaved (each first in every other run), median
//                                                    of the runs
//   catalog filter ms per keystroke (5000 KPIs)      median time from a key press in the search box to the
//                                                    table and count showing the new result, painted; 10 keys
//                                                    typed `runs` times
//   catalog JS heap MB (5000 KPIs)                   used JS heap after a GC with the catalog page open
//   dist/module.js KB
// The 5000-KPI catalog's queries point at a datasource that does not exist, so they all error at once
// (said in the names); the 200-KPI scorecard repeats the demo catalog's KPIs, with real answers.
// Usage: node scripts/browserBench.mjs [--runs 9] [--port 3011] [--only render|catalog]   (needs `npm run build`)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    port: { type: 'string', default: '3011' },
    only: { type: 'string' },
  },
});
const runs = Number(args.runs);
const port = Number(args.port);
const base = `http://127.0.0.1:${port}`;
const APP_ID = 'kpi-scorecards-app';
const SETTINGS = `${base}/api/plugins/${APP_ID}/settings`;
const CARD_VALUE = 'data-testid kpi-scorecard value';
const CARD_LOADING = 'data-testid kpi-scorecard loading';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function startPreview() {
  const server = spawn(process.execPath, [join(root, 'preview/server.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${base}/preview/healthz`).then(
      (r) => r.ok,
      () => false
    );
    if (ok) {
      return server;
    }
    if (server.exitCode !== null) {
      throw new Error(`preview host exited:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`preview host did not start:\n${log}`);
}

async function postSettings(jsonData) {
  const r = await fetch(SETTINGS, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ enabled: true, pinned: true, jsonData }),
  });
  if (!r.ok) {
    throw new Error(`settings POST: ${r.status} ${await r.text()}`);
  }
}

/** The demo catalog's KPIs repeated to `count`, with their own ids: real queries, real answers. */
function repeatCatalog(catalog, count) {
  const kpis = [];
  for (let i = 0; kpis.length < count; i++) {
    const kpi = catalog.kpis[i % catalog.kpis.length];
    const round = Math.floor(i / catalog.kpis.length);
    kpis.push({ ...kpi, id: `${kpi.id}-${round}`, name: `${kpi.name} #${round}`, drives: undefined });
  }
  return { ...catalog, kpis };
}

/** `count` KPIs whose queries go to a datasource that is not there: they error without a request. */
function bigCatalog(count) {
  const teams = ['platform', 'sre', 'growth', 'revenue', 'data-platform', 'security', 'support', 'finance'];
  const kpis = Array.from({ length: count }, (_, i) => ({
    id: `kpi-${String(i).padStart(4, '0')}`,
    name: `Metric ${String(i).padStart(4, '0')} ${['latency', 'errors', 'revenue', 'signups', 'churn'][i % 5]}`,
    description: `Synthetic KPI number ${i} for the catalog bench.`,
    team: teams[i % teams.length],
    owner: `owner${i % 50}@example.com`,
    category: ['engineering', 'operations', 'product', 'business', 'data'][i % 5],
    type: i % 2 ? 'leading' : 'lagging',
    tags: [`tag-${i % 20}`],
    unit: 'percent',
    direction: 'higher-is-better',
    target: { value: 99, atRisk: 98 },
    window: '7d',
    query: { datasource: { type: 'prometheus', uid: 'bench-no-such-datasource' }, expr: `bench_metric_${i}` },
  }));
  return { apiVersion: 'kpi-scorecards/v1', kind: 'KpiCatalog', kpis };
}

async function mainThreadMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
}

async function renderRatio(browser, original) {
  await postSettings({ ...original, catalog: repeatCatalog(original.catalog, 200) });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${base}/preview/bench?role=Viewer`);
  await page.waitForFunction(() => Boolean(window.__bench));
  // 4 columns of 200 px cards (src/panels/scorecard/pageSize.ts): tall enough that all 200 are on the page.
  const width = 1200;
  const height = 50 * 208 + 40 + 16;

  const measure = async (kind) => {
    await page.evaluate(() => window.__bench.show('none'));
    await page.waitForFunction(() => document.querySelector('[data-testid="preview-bench"]').children.length === 0);
    const cpu0 = await mainThreadMs(cdp);
    const t0 = Date.now();
    // Mount, then wait for the result painted. The wait is a MutationObserver, not polling on every frame: a
    // probe that runs each frame costs main-thread time in proportion to the wait, which would charge the
    // scorecard's network wait to its render.
    await page.evaluate(
      ({ kind, width, height, valueId, loadingId }) =>
        new Promise((resolve, reject) => {
          const root = document.querySelector('[data-testid="preview-bench"]');
          const done =
            kind === 'bigvalue'
              ? () => root.querySelectorAll('[data-testid="bench-bigvalue"]').length === 200
              : () =>
                  !root.querySelector(`[data-testid="${loadingId}"]`) &&
                  root.querySelectorAll(`[data-testid="${valueId}"]`).length === 200;
          const observer = new MutationObserver(() => {
            if (done()) {
              observer.disconnect();
              clearTimeout(timer);
              // The frame with the result is painted.
              requestAnimationFrame(() => setTimeout(resolve, 0));
            }
          });
          const timer = setTimeout(() => {
            observer.disconnect();
            reject(new Error(`${kind}: not all 200 values shown after 180 s`));
          }, 180_000);
          observer.observe(root, { childList: true, subtree: true });
          window.__bench.show(kind, { count: 200, width, height });
        }),
      { kind, width, height, valueId: CARD_VALUE, loadingId: CARD_LOADING }
    );
    return { cpu: (await mainThreadMs(cdp)) - cpu0, wall: Date.now() - t0 };
  };

  await measure('bigvalue'); // warm-up: chunks, fonts, the panel's lazy parts
  await measure('scorecard');
  const ratios = [];
  const walls = [];
  for (let i = 0; i < runs; i++) {
    // Each goes first in every other run, so neither always mounts into the other's wake (caches, JIT, timers).
    const [first, second] = i % 2 ? ['scorecard', 'bigvalue'] : ['bigvalue', 'scorecard'];
    const results = { [first]: await measure(first), [second]: await measure(second) };
    const { bigvalue: b, scorecard: s } = results;
    ratios.push(s.cpu / b.cpu);
    walls.push(s.wall / b.wall);
    // The runs themselves on stderr: stdout keeps only the NAME: VALUE lines.
    console.error(
      `run ${i + 1}: scorecard ${s.cpu.toFixed(0)} ms main thread (${s.wall} ms wall), ` +
        `BigValues ${b.cpu.toFixed(0)} ms (${b.wall} ms wall)`
    );
  }
  await page.close();
  return { cpu: median(ratios), wall: median(walls) };
}

async function catalogBench(browser, original) {
  await postSettings({ ...original, catalog: bigCatalog(5000) });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${base}/a/${APP_ID}/catalog?role=Viewer`);
  const search = page.getByTestId('data-testid catalog-search');
  await search.waitFor({ timeout: 120_000 });
  await page.getByText('5000 of 5000 KPIs').waitFor({ timeout: 120_000 });
  await page.waitForLoadState('networkidle');

  // Each key narrows the match (ids and names hold 4-digit numbers), so every keystroke changes the count.
  // The sequence is typed `runs` times from an empty box: on a shared machine one pass of 10 keys is noisy.
  const keys = ['1', '2', '3', 'Backspace', 'Backspace', '4', '5', 'Backspace', '7', '8'];
  const sequence = Array.from({ length: runs }, (_, round) => [...(round > 0 ? ['Clear'] : []), ...keys]).flat();
  const times = [];
  for (const key of sequence) {
    if (key === 'Clear') {
      await search.fill('');
      await page.getByText('5000 of 5000 KPIs').waitFor();
      continue;
    }
    const before = await page.getByText(/ of 5000 KPIs$/).textContent();
    await page.evaluate((before) => {
      // The count line ("N of 5000 KPIs") renders with the table, from the same state.
      const count = [...document.querySelectorAll('div, span, p')].find(
        (el) => el.children.length === 0 && / of 5000 KPIs$/.test(el.textContent ?? '')
      );
      window.__keyAt = undefined;
      window.__updated = new Promise((resolve) => {
        document.addEventListener('keydown', () => (window.__keyAt = performance.now()), { once: true, capture: true });
        const observer = new MutationObserver(() => {
          if (window.__keyAt !== undefined && count.isConnected && count.textContent !== before) {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve({ paintedAt: performance.now() }), 0));
          }
        });
        observer.observe(count, { childList: true, subtree: true, characterData: true });
      });
    }, before);
    await search.press(key);
    const { paintedAt } = await page.evaluate(() =>
      Promise.race([
        window.__updated,
        new Promise((_, reject) => setTimeout(() => reject(new Error('the catalog did not update')), 30_000)),
      ])
    );
    times.push(paintedAt - (await page.evaluate(() => window.__keyAt)));
  }

  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value / 1024 / 1024;
  await page.close();
  return { keystroke: median(times), heap };
}

const server = await startPreview();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const original = await (await fetch(SETTINGS)).json().then((s) => s.jsonData);
try {
  const { prometheus } = await (await fetch(`${base}/preview/healthz`)).json();
  if (args.only !== 'catalog') {
    const render = await renderRatio(browser, original);
    const suffix = prometheus === 'ready' ? '' : ', Prometheus unreachable: queries error';
    console.log(`scorecard 200 KPIs render / 200 BigValue ratio${suffix}: ${render.cpu.toFixed(2)}`);
    console.log(
      `scorecard 200 KPIs render / 200 BigValue ratio, wall clock incl. queries${suffix}: ${render.wall.toFixed(2)}`
    );
  }
  if (args.only !== 'render') {
    const catalog = await catalogBench(browser, original);
    console.log(`catalog filter ms per keystroke (5000 KPIs, queries error): ${catalog.keystroke.toFixed(1)}`);
    console.log(`catalog JS heap MB (5000 KPIs, queries error): ${catalog.heap.toFixed(1)}`);
  }
  console.log(`dist/module.js KB: ${(statSync(join(root, 'dist/module.js')).size / 1024).toFixed(1)}`);
} finally {
  await postSettings(original).catch(() => {});
  await browser.close();
  server.kill('SIGTERM');
}
