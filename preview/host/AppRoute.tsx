// /a/<pluginId>/*: what Grafana's AppRootPage does: settings from the API, the
// module through SystemJS, plugin.init(meta), then plugin.root in the plugin context.
import { type AppPlugin, type AppPluginMeta, type NavModel, PluginContextProvider } from '@grafana/data';
import { getBackendSrv, locationSearchToObject } from '@grafana/runtime';
import { Alert, LoadingPlaceholder } from '@grafana/ui';
import React, { useEffect, useState } from 'react';
import { useLocation, useParams } from 'react-router-dom';

import { importPluginModule } from './importPluginModule';

const loaded = new Map<string, Promise<AppPlugin>>();

async function loadAppPlugin(pluginId: string): Promise<AppPlugin> {
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

export function AppRoute() {
  const { pluginId = '' } = useParams();
  const location = useLocation();
  const [plugin, setPlugin] = useState<AppPlugin>();
  const [error, setError] = useState<string>();
  const [, setNav] = useState<NavModel>();

  useEffect(() => {
    if (!loaded.has(pluginId)) {
      loaded.set(pluginId, loadAppPlugin(pluginId));
    }
    loaded.get(pluginId)!.then(setPlugin, (e: Error) => setError(e.message));
  }, [pluginId]);

  if (error) {
    return <Alert title={`Could not load app ${pluginId}`}>{error}</Alert>;
  }
  if (!plugin) {
    return <LoadingPlaceholder text="Loading app..." />;
  }
  if (!plugin.root) {
    return <Alert title="App has no root page">{pluginId}</Alert>;
  }
  const Root = plugin.root;
  return (
    <PluginContextProvider meta={plugin.meta}>
      <Root
        meta={plugin.meta}
        basename={`/a/${pluginId}`}
        onNavChanged={setNav}
        query={locationSearchToObject(location.search) as never}
        path={location.pathname}
      />
    </PluginContextProvider>
  );
}
