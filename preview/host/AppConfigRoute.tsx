// /plugins/<pluginId>: the app's configuration pages, where Grafana's plugin
// details page shows them (the body of each addConfigPage(), as a tab).
import { PluginContextProvider, type AppPlugin } from '@grafana/data';
import { hasPermission, locationSearchToObject } from '@grafana/runtime';
import { Alert, LoadingPlaceholder, Tab, TabsBar } from '@grafana/ui';
import React, { useEffect, useState } from 'react';
import { useLocation, useParams } from 'react-router-dom';

import { loadAppPlugin } from './loadAppPlugin';

export function AppConfigRoute() {
  const { pluginId = '' } = useParams();
  const location = useLocation();
  const [plugin, setPlugin] = useState<AppPlugin>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    loadAppPlugin(pluginId).then(setPlugin, (e: Error) => setError(e.message));
  }, [pluginId]);

  // Grafana's plugin details page offers the config pages only to plugins:write.
  if (!hasPermission('plugins:write')) {
    return <Alert title="Configuration pages are for admins">In Grafana only users with plugins:write see them.</Alert>;
  }
  if (error) {
    return <Alert title={`Could not load app ${pluginId}`}>{error}</Alert>;
  }
  if (!plugin) {
    return <LoadingPlaceholder text="Loading app..." />;
  }
  const query = locationSearchToObject(location.search);
  const pages = plugin.configPages ?? [];
  const page = pages.find((p) => p.id === query.page) ?? pages[0];
  if (!page) {
    return <Alert title="This app has no configuration page">{pluginId}</Alert>;
  }
  return (
    <PluginContextProvider meta={plugin.meta}>
      <div style={{ padding: 24 }} data-testid="preview-app-config">
        <h1>{plugin.meta.name}</h1>
        <TabsBar>
          {pages.map((p) => (
            <Tab
              key={p.id}
              label={p.title}
              icon={p.icon}
              active={p === page}
              href={`/plugins/${pluginId}?page=${p.id}`}
            />
          ))}
        </TabsBar>
        <page.body plugin={plugin} query={query as never} />
      </div>
    </PluginContextProvider>
  );
}
