// SystemJS with its AMD extra, as Grafana loads plugins: dist/module.js is an AMD
// module (define([...deps], factory)) whose deps resolve through an import map.
import 'systemjs/dist/system.js';
import 'systemjs/dist/extras/amd.js';

type AmdDefine = ((...args: unknown[]) => void) & { amd?: unknown };
const globals = window as unknown as { System: SystemJSApi; define?: AmdDefine };

// Plugin scripts call the global define(); but UMD code in this bundle's lazy chunks
// also sees `define.amd` and would register itself with SystemJS instead of module.exports.
if (globals.define) {
  delete globals.define.amd;
}

interface SystemJSApi {
  import(id: string): Promise<Record<string, unknown>>;
  set(id: string, module: object): void;
  addImportMap(map: { imports: Record<string, string> }): void;
}

export const SystemJS = globals.System;
