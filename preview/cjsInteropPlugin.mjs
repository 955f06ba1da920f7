// esbuild follows Node for .mjs files: `import X from 'cjs'` gives module.exports even
// when the CommonJS module marks itself __esModule. @grafana/ui's .mjs files rely on
// webpack's reading (X = exports.default), e.g. react-custom-scrollbars-2 in
// CustomScrollbar, which Table uses. This plugin gives those imports webpack's reading.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

function packageType(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      return JSON.parse(readFileSync(pkg, 'utf8')).type ?? 'commonjs';
    }
  }
  return 'commonjs';
}

/** CommonJS that sets __esModule: the only case where the two readings differ. */
function isFlaggedCommonJs(file) {
  const ext = extname(file);
  const commonJs = ext === '.cjs' || (ext === '.js' && packageType(file) !== 'module');
  return commonJs && readFileSync(file, 'utf8').includes('__esModule');
}

export const cjsInteropPlugin = {
  name: 'cjs-default-interop',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (!args.importer.endsWith('.mjs') || args.kind !== 'import-statement' || args.pluginData?.skip) {
        return undefined;
      }
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: { skip: true },
      });
      if (resolved.errors.length > 0 || resolved.external || !isFlaggedCommonJs(resolved.path)) {
        return undefined;
      }
      return {
        path: resolved.path,
        namespace: 'cjs-interop',
        pluginData: { request: args.path, resolveDir: args.resolveDir },
      };
    });
    build.onLoad({ filter: /.*/, namespace: 'cjs-interop' }, ({ pluginData }) => {
      const request = JSON.stringify(pluginData.request);
      return {
        contents: `import m from ${request};\nexport default m;\nexport * from ${request};\n`,
        resolveDir: pluginData.resolveDir,
        loader: 'js',
      };
    });
  },
};
