import { locationService, LocationServiceProvider } from '@grafana/runtime';
import { SceneApp, type SceneAppPage } from '@grafana/scenes';
import { render } from '@testing-library/react';
import React, { useLayoutEffect, useState, type ReactNode } from 'react';
import { Route, Router, Routes, type Navigator } from 'react-router-dom';

import { prefixRoute } from '../../../routing';

/**
 * Renders pages as the app does (a SceneApp under the app's root, as in App.tsx), opened at `url`. Links and
 * scene objects navigate through Grafana's locationService, whose history is a memory one in tests; this router
 * follows it and provides it, as Grafana's own does, so `locationService.getHistory().goBack()` is the browser's Back.
 */
export function renderAppPages(pages: SceneAppPage[], url: string) {
  locationService.push(url);
  const app = new SceneApp({ pages, urlSyncOptions: { updateUrlOnInit: true, createBrowserHistorySteps: true } });
  return render(
    <LocationServiceRouter>
      <Routes>
        <Route path={prefixRoute('*')} element={<app.Component model={app} />} />
      </Routes>
    </LocationServiceRouter>
  );
}

function LocationServiceRouter({ children }: { children: ReactNode }) {
  const history = locationService.getHistory();
  const [location, setLocation] = useState(history.location);
  useLayoutEffect(() => history.listen(() => setLocation(history.location)), [history]);
  return (
    <LocationServiceProvider service={locationService}>
      <Router location={location} navigator={history as unknown as Navigator}>
        {children}
      </Router>
    </LocationServiceProvider>
  );
}
