// Runs the `kpi` command line: bundles src/cli with esbuild for Node (so @grafana/data's browser-only
// modules are tree-shaken out), then runs the bundle with the same arguments.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundleNode.mjs';

export function bundleCli() {
  return bundleForNode('src/cli/run.ts', 'kpi-cli/kpi.cjs');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bundle = await bundleCli();
  const run = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(run.status ?? 2);
}
