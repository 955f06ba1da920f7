// setPluginImportUtils(): how scenes' VizPanel (and the panel preview) get panel
// plugins: core ids -> stand-ins, others -> their module.js through SystemJS.
import { config } from '@grafana/runtime';

import { createCorePanelStandIn } from './corePanels';
import { importPluginModule } from './importPluginModule';

import type { PanelPlugin, PanelPluginMeta } from '@grafana/data';

const cache = new Map<string, PanelPlugin>();

/** A panel nested in the built app, by its folder under dist/panels (its id is the plugin's own). */
export function nestedPanel(folder: string): PanelPluginMeta | undefined {
  return Object.values(config.panels).find((p) => p.module.includes(`/panels/${folder}/`));
}

export async function importPanelPlugin(id: string): Promise<PanelPlugin> {
  const cached = cache.get(id);
  if (cached) {
    return cached;
  }
  const meta = config.panels[id] as PanelPluginMeta | undefined;
  if (!meta) {
    throw new Error(`Panel plugin ${id} is not in this preview (known: ${Object.keys(config.panels).join(', ')})`);
  }
  let plugin: PanelPlugin | undefined;
  if (meta.module.startsWith('core:')) {
    plugin = createCorePanelStandIn(id);
  } else {
    plugin = (await importPluginModule(meta.module)).plugin as PanelPlugin | undefined;
  }
  if (!plugin) {
    throw new Error(`${meta.module} exports no panel plugin`);
  }
  plugin.meta = { ...meta, ...plugin.meta, id: meta.id, module: meta.module, baseUrl: meta.baseUrl, info: meta.info };
  cache.set(id, plugin);
  return plugin;
}

export const getPanelPluginFromCache = (id: string) => cache.get(id);
