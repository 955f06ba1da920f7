// The React tree Grafana puts around a plugin: theme, global styles, the location
// service (scenes requires it) and a router on Grafana's history.
import { css } from '@emotion/css';
import { ThemeContext } from '@grafana/data';
import { config, locationService, LocationServiceProvider } from '@grafana/runtime';
import { GlobalStyles } from '@grafana/ui';
import React, { useLayoutEffect, useState, type ReactNode } from 'react';
import { Route, Router, Routes } from 'react-router-dom';

import { AppConfigRoute } from './AppConfigRoute';
import { AppRoute } from './AppRoute';
import { BenchPage } from './BenchPage';
import { PanelPreview } from './PanelPreview';
import { PresetPreview } from './PresetPreview';

function HistoryRouter({ children }: { children: ReactNode }) {
  const history = locationService.getHistory();
  const [location, setLocation] = useState(history.location);
  useLayoutEffect(() => history.listen((l: typeof location) => setLocation(l)), [history]);
  return (
    <Router location={location} navigator={history as never}>
      {children}
    </Router>
  );
}

// The document scrolls, as in Grafana 12 (body scrolling), so full-page screenshots see it all.
const main = css({ minHeight: '100vh' });

export function PreviewApp() {
  return (
    <ThemeContext.Provider value={config.theme2}>
      <GlobalStyles />
      <LocationServiceProvider service={locationService}>
        <HistoryRouter>
          <main className={main} data-testid="preview-main">
            <Routes>
              <Route path="/a/:pluginId/*" element={<AppRoute />} />
              <Route path="/plugins/:pluginId" element={<AppConfigRoute />} />
              <Route path="/preview/panel" element={<PanelPreview />} />
              <Route path="/preview/preset" element={<PresetPreview />} />
              <Route path="/preview/bench" element={<BenchPage />} />
              <Route path="*" element={<p>Nothing here: open /a/{'<plugin id>'}/ or /preview/panel.</p>} />
            </Routes>
          </main>
        </HistoryRouter>
      </LocationServiceProvider>
    </ThemeContext.Provider>
  );
}
