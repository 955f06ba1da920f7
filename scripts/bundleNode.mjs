// Bundles a TypeScript entry of src/ for Node with esbuild, so @grafana/data's browser-only modules are
// tree-shaken out. Shared by the command line (scripts/kpi.mjs) and the benchmark (scripts/bench.mjs).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles `entry` (relative to the repo root) to `dir`/`name` (node_modules/.cache) and returns the bundle's path. */
export async function bundleForNode(entry, name, dir = join(root, 'node_modules', '.cache')) {
  const outfile = join(dir, name);
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    // ES modules first: jsonc-parser's `main` is a UMD build whose require('./impl/...') esbuild cannot follow.
    mainFields: ['module', 'main'],
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
    banner: {
      js: [
        // @grafana/data formats numbers with navigator.language; Node 20 has no navigator.
        "if (typeof globalThis.navigator === 'undefined') { Object.defineProperty(globalThis, 'navigator', { value: { language: 'en-US', languages: ['en-US'] } }); }",
        // i18next (loaded by @grafana/data) prints a promotion on stdout unless told it was shown: output must stay clean.
        'globalThis.__i18next_supportNoticeShown = true;',
      ].join('\n'),
    },
  });
  return outfile;
}
