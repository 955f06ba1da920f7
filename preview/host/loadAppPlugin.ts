// An app plugin as Grafana's importAppPlugin makes it: settings from the API, the
// module through SystemJS, plugin.init(meta). Loaded once per page, as in Grafana.
import { getBackendSrv } from '@grafana/runtime';

import { importPluginModule } from './importPluginModule';

import type { AppPlugin, AppPluginMeta } from '@grafana/data';

const loaded = new Map<string, Promise<AppPlugin>>();

async function importAppPlugin(pluginId: string): Promise<AppPlugin> {
  const meta = await getBackendSrv().get<AppPluginMeta>(`/api/plugins/${pluginId}/settings`);
  if (!meta.enabled) {
    throw new Error(`App not enabled: ${pluginId}`);
  }
  const exports = await importPluginModule(meta.module);
  const plugin = exports.plugin as AppPlugin | undefined;
  if (!plugin) {
    throw new Error(`${meta.module} exports no plugin`);
  }
  plugin.init(meta);
  plugin.meta = meta;
  plugin.setComponentsFromLegacyExports(exports);
  return plugin;
}

export function loadAppPlugin(pluginId: string): Promise<AppPlugin> {
  if (!loaded.has(pluginId)) {
    loaded.set(pluginId, importAppPlugin(pluginId));
  }
  return loaded.get(pluginId)!;
}
