// Bundles preview/host/*.tsx for the browser with esbuild: ESM with code splitting,
// so whatever @grafana/ui loads lazily (monaco: 3 MB) stays in its own chunk.
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { cjsInteropPlugin } from './cjsInteropPlugin.mjs';

/** The bundle is current when it is newer than the host sources and the installed packages. */
function isCurrent(root, outdir) {
  const entry = join(outdir, 'main.js');
  if (!existsSync(entry)) {
    return false;
  }
  const hostDir = join(root, 'preview', 'host');
  const inputs = [
    ...readdirSync(hostDir).map((f) => join(hostDir, f)),
    join(root, 'preview', 'bundleHost.mjs'),
    join(root, 'preview', 'cjsInteropPlugin.mjs'),
    join(root, 'node_modules', '.package-lock.json'),
  ].filter(existsSync);
  const built = statSync(entry).mtimeMs;
  return inputs.every((f) => statSync(f).mtimeMs < built);
}

/** @returns {{ entryBytes: number, cached: boolean }} */
export async function bundleHost({ root, outdir, production = true, force = false }) {
  if (!force && isCurrent(root, outdir)) {
    return { entryBytes: statSync(join(outdir, 'main.js')).size, cached: true };
  }
  rmSync(outdir, { recursive: true, force: true }); // no chunks of older builds
  const result = await build({
    entryPoints: [join(root, 'preview', 'host', 'main.tsx')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    sourcemap: true,
    minify: production,
    metafile: true,
    plugins: [cjsInteropPlugin],
    logLevel: 'warning',
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    loader: { '.svg': 'file', '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.png': 'file' },
    logOverride: { 'package.json': 'silent' }, // systemjs declares "type": "script"
    define: {
      'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development'),
      global: 'globalThis',
    },
  });
  const entry = result.metafile.outputs[Object.keys(result.metafile.outputs).find((k) => k.endsWith('main.js'))];
  return { entryBytes: entry?.bytes ?? 0, cached: false };
}
