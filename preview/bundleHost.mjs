// Bundles preview/host/*.tsx for the browser with esbuild: ESM with code splitting,
// so whatever @grafana/ui loads lazily (monaco: 3 MB) stays in its own chunk.
import { build } from 'esbuild';
import { join } from 'node:path';

export async function bundleHost({ root, outdir, production = true }) {
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
  return { entryBytes: entry?.bytes ?? 0 };
}
