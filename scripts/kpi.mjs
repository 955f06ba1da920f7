// Runs the `kpi` command line: bundles src/cli with esbuild for Node (so @grafana/data's browser-only
// modules are tree-shaken out), then runs the bundle with the same arguments.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'node_modules', '.cache', 'kpi-cli', 'kpi.cjs');

export async function bundleCli() {
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(root, 'src', 'cli', 'run.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
    banner: {
      js: [
        // @grafana/data formats numbers with navigator.language; Node 20 has no navigator.
        "if (typeof globalThis.navigator === 'undefined') { Object.defineProperty(globalThis, 'navigator', { value: { language: 'en-US', languages: ['en-US'] } }); }",
        // i18next (loaded by @grafana/data) prints a promotion on stdout unless told it was shown: JSON output must stay clean.
        'globalThis.__i18next_supportNoticeShown = true;',
      ].join('\n'),
    },
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bundle = await bundleCli();
  const run = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(run.status ?? 2);
}
