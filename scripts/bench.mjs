// `npm run bench`: prints one `NAME: VALUE` line per measure.
// 1. The domain and data path: src/bench/domainBench.ts bundled for Node like the command line, run with
//    --expose-gc so it can measure heap from a collected baseline.
// 2. The scorecard panel's render cost against @grafana/ui BigValue, in jsdom (src/bench/panelBench.tsx,
//    run by jest, which provides the DOM); the browser bench measures the same in Chromium.
import { spawnSync } from 'node:child_process';
import { bundleForNode } from './bundleNode.mjs';

const bundle = await bundleForNode('src/bench/domainBench.ts', 'kpi-bench/bench.cjs');
const domain = spawnSync(process.execPath, ['--expose-gc', bundle, ...process.argv.slice(2)], { stdio: 'inherit' });
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
