// Loads a plugin's module.js through SystemJS, as Grafana's importPluginModule does.
import { SystemJS } from './systemjs';

export async function importPluginModule(path: string): Promise<Record<string, unknown>> {
  const url = path.startsWith('/') || path.startsWith('http') ? path : `/${path}`;
  let exports: Record<string, unknown> = await SystemJS.import(url);
  // A module.tsx with top-level await exports a promise of its exports as `default`.
  for (let depth = 0; !exports.plugin && exports.default && depth < 3; depth++) {
    exports = (await exports.default) as Record<string, unknown>;
  }
  return exports;
}
