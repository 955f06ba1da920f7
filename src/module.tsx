import { AppPlugin, type AppRootProps } from '@grafana/data';
import { initPluginTranslations } from '@grafana/i18n';
import { loadResources } from '@grafana/scenes';
import { LoadingPlaceholder } from '@grafana/ui';
import pluginJson from 'plugin.json';
import React, { lazy, Suspense } from 'react';

import { AppErrorBoundary } from './components/ErrorBoundary/AppErrorBoundary';
import { prefixRoute, ROUTES } from './routing';

import type { AppConfigProps } from './components/AppConfig/AppConfig';
import type { AppJsonData } from './query/catalogSettings';

await initPluginTranslations(pluginJson.id, [loadResources]);

const LazyApp = lazy(() => import('./components/App/App'));
const LazyAppConfig = lazy(() => import('./components/AppConfig/AppConfig'));

// Outside Suspense, so a lazy chunk that fails to load is caught too.
const App = (props: AppRootProps) => (
  <AppErrorBoundary backHref={prefixRoute(ROUTES.Catalog)}>
    <Suspense fallback={<LoadingPlaceholder text="" />}>
      <LazyApp {...props} />
    </Suspense>
  </AppErrorBoundary>
);

const AppConfig = (props: AppConfigProps) => (
  <AppErrorBoundary>
    <Suspense fallback={<LoadingPlaceholder text="" />}>
      <LazyAppConfig {...props} />
    </Suspense>
  </AppErrorBoundary>
);

// Pages and config load lazily: only this file and what it imports land in the entry bundle.
export const plugin = new AppPlugin<AppJsonData>().setRootPage(App).addConfigPage({
  title: 'Configuration',
  icon: 'cog',
  body: AppConfig,
  id: 'configuration',
});
