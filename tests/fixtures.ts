import { test as base, type AppConfigPage, type AppPage } from '@grafana/plugin-e2e';

import pluginJson from '../src/plugin.json';
import { CatalogEditorPage, CatalogPage, KpiDetailPage, ScorecardPanel, SettingsApi } from './browser/pageObjects';

// The Grafana e2e specs (tests/*.spec.ts) reuse the page objects of the browser checks (tests/browser): the
// same testIds and the same locators; only the way in differs, through @grafana/plugin-e2e's real Grafana.
type AppTestFixture = {
  appConfigPage: AppConfigPage;
  gotoPage: (path?: string) => Promise<AppPage>;
  catalog: CatalogPage;
  kpiDetail: KpiDetailPage;
  editor: CatalogEditorPage;
  scorecard: ScorecardPanel;
  /** Grafana's /api/plugins/<id>/settings, as the signed-in admin (the page's own cookies). */
  settings: SettingsApi;
};

export const test = base.extend<AppTestFixture>({
  appConfigPage: async ({ gotoAppConfigPage }, use) => {
    await use(await gotoAppConfigPage({ pluginId: pluginJson.id }));
  },
  gotoPage: async ({ gotoAppPage }, use) => {
    await use((path) => gotoAppPage({ path, pluginId: pluginJson.id }));
  },
  catalog: async ({ page }, use) => use(new CatalogPage(page)),
  kpiDetail: async ({ page }, use) => use(new KpiDetailPage(page)),
  editor: async ({ page }, use) => use(new CatalogEditorPage(page)),
  scorecard: async ({ page }, use) => use(new ScorecardPanel(page)),
  settings: async ({ page }, use) => use(new SettingsApi(page.request)),
});

export { expect } from '@grafana/plugin-e2e';

/** Statuses a KPI gets from data (not no-data, stale or error): the datasource answered. */
export const JUDGED = /^(on-track|at-risk|off-track)$/;
