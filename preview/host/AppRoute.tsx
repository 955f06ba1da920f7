// /a/<pluginId>/*: what Grafana's AppRootPage does: settings from the API, the
// module through SystemJS, plugin.init(meta), then plugin.root in the plugin context.
import { PluginContextProvider, type AppPlugin, type NavModel } from '@grafana/data';
import { locationSearchToObject } from '@grafana/runtime';
import { Alert, LoadingPlaceholder } from '@grafana/ui';
import React, { useEffect, useState } from 'react';
import { useLocation, useParams } from 'react-router-dom';

import { loadAppPlugin } from './loadAppPlugin';

export function AppRoute() {
  const { pluginId = '' } = useParams();
  const location = useLocation();
  const [plugin, setPlugin] = useState<AppPlugin>();
  const [error, setError] = useState<string>();
  const [, setNav] = useState<NavModel>();

  useEffect(() => {
    loadAppPlugin(pluginId).then(setPlugin, (e: Error) => setError(e.message));
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
