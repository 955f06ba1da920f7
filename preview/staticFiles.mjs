// Files under a fixed root, never outside it.
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.html': 'text/html; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
};

/** The absolute path of rel under root, or null when it escapes root or is no file. */
export function resolveUnder(root, rel) {
  const path = normalize(join(root, decodeURIComponent(rel)));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) {
    return null;
  }
  try {
    return statSync(path).isFile() ? path : null;
  } catch {
    return null;
  }
}

/** Serves rel under root; false when there is no such file. */
export function serveFile(res, root, rel, { cache = false } = {}) {
  const path = resolveUnder(root, rel);
  if (!path) {
    return false;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    'Cache-Control': cache ? 'max-age=3600' : 'no-cache',
  });
  createReadStream(path).pipe(res);
  return true;
}
