// `npm run bench`: prints one `NAME: VALUE` line per measure.
// 1. The domain and data path: src/bench/domainBench.ts bundled for Node like the command line, run with
//    --expose-gc so it can measure heap from a collected baseline, and --single-threaded so its CPU times count
//    V8's collector and compiler (on this thread) but not the other processes of a shared machine.
// 2. The scorecard panel's render cost against @grafana/ui BigValue, in jsdom (src/bench/panelBench.tsx,
//    run by jest, which provides the DOM).
// 3. The same in Chromium, with the catalog's filter latency and heap and dist/module.js's size
//    (scripts/browserBench.mjs, `npm run bench:browser` alone): the built plugin in the preview host against
//    the demo Prometheus, started here if it is not running and stopped again after.
// `--no-browser` skips 3; other arguments go to the domain bench.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { bundleForNode } from './bundleNode.mjs';

const args = process.argv.slice(2).filter((a) => a !== '--no-browser');
const withBrowser = !process.argv.includes('--no-browser');

const bundle = await bundleForNode('src/bench/domainBench.ts', 'kpi-bench/bench.cjs');
const domain = spawnSync(process.execPath, ['--expose-gc', '--single-threaded', bundle, ...args], { stdio: 'inherit' });
if (domain.status !== 0) {
  process.exit(domain.status ?? 2);
}

const panel = spawnSync(
  'npx',
  ['jest', '--runInBand', '--silent', '--testMatch', '<rootDir>/src/bench/panelBench.tsx'],
  { encoding: 'utf8', env: { ...process.env, CI: 'true' } }
);
const lines = panel.stdout.split('\n').filter((line) => /^[^:]+: [\d.]+/.test(line));
if (panel.status !== 0 || lines.length === 0) {
  process.stderr.write(panel.stderr);
  process.exit(panel.status || 2);
}
for (const line of lines) {
  process.stdout.write(`jsdom ${line}\n`);
}

if (!withBrowser) {
  process.exit(0);
}
if (!existsSync('dist/module.js')) {
  process.stderr.write('npm run bench: the Chromium measures run the built plugin: run `npm run build` first\n');
  process.exit(2);
}
const promUrl = process.env.PROM_URL ?? `http://127.0.0.1:${process.env.PROM_PORT ?? 9091}`;
const promUp = await fetch(`${promUrl}/-/ready`).then(
  (r) => r.ok,
  () => false
);
if (!promUp) {
  const started = spawnSync('bash', ['scripts/demo/start-prometheus.sh'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (started.status !== 0) {
    process.exit(started.status ?? 2);
  }
}
const browser = spawnSync(process.execPath, ['scripts/browserBench.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, PROM_URL: promUrl },
});
if (!promUp) {
  spawnSync('bash', ['scripts/demo/stop-prometheus.sh'], { stdio: 'ignore' });
}
process.exit(browser.status ?? 2);
