import { expect, test } from '@playwright/test';

import { testIds } from '../../src/testIds';
import { CatalogEditorPage, CatalogPage, collectPageErrors, SettingsApi } from './pageObjects';

// A catalog of 2,000 KPIs on a store without MySQL's limit (catalogBudgetKiB raised, as on PostgreSQL) still
// opens, filters and saves. Its queries point at a datasource that is not there, so they fail without load.
test.describe.configure({ mode: 'serial' });
const COUNT = 2000;

let restore: () => Promise<void>;
test.beforeEach(async ({ request }) => {
  restore = await new SettingsApi(request).snapshot();
});
test.afterEach(async () => {
  await restore();
});

function bigCatalog() {
  const kpis = Array.from({ length: COUNT }, (_, i) => ({
    id: `kpi-${String(i).padStart(4, '0')}`,
    name: `Metric ${String(i).padStart(4, '0')} ${['latency', 'errors', 'revenue', 'signups', 'churn'][i % 5]}`,
    description: `Synthetic KPI number ${i}.`,
    team: `team-${Math.floor(i / 6)}`,
    owner: `owner${i % 50}@example.com`,
    type: i % 2 ? 'leading' : 'lagging',
    unit: 'percent',
    direction: 'higher-is-better',
    target: { value: 99, atRisk: 98 },
    window: '7d',
    cadence: 'weekly',
    query: { datasource: { type: 'prometheus', uid: 'no-such-datasource' }, expr: `metric_${i}` },
  }));
  return { apiVersion: 'kpi-scorecards/v1', kind: 'KpiCatalog', kpis };
}

test(`a ${COUNT}-KPI catalog without a size limit opens, filters and saves`, async ({ page, request }) => {
  test.setTimeout(300_000);
  const errors = collectPageErrors(page);
  const settings = new SettingsApi(request);
  const { jsonData } = await settings.get();
  await settings.post({ ...jsonData, catalog: bigCatalog(), catalogBudgetKiB: 100_000 });
  const bytes = JSON.stringify((await settings.get()).jsonData).length;

  const catalog = new CatalogPage(page);
  let start = Date.now();
  await catalog.goto('', 'Admin');
  await expect(catalog.count).toHaveText(`${COUNT} of ${COUNT} KPIs`, { timeout: 120_000 });
  const openMs = Date.now() - start;
  start = Date.now();
  await catalog.search.fill('Metric 1999');
  await expect(catalog.count).toHaveText(`1 of ${COUNT} KPIs`);
  const filterMs = Date.now() - start;

  const editor = new CatalogEditorPage(page);
  start = Date.now();
  await editor.goto('Admin');
  await expect(page.getByRole('tab', { name: `KPIs (${COUNT})` })).toBeVisible({ timeout: 120_000 });
  const editorMs = Date.now() - start;
  await expect(page.getByTestId(testIds.editor.size)).toHaveText(/^\d+ KB of 100000 KB$/);
  await editor.editKpi('Metric 0000 latency');
  await editor.field('name').fill('Metric 0000 latency (edited)');
  await page.getByRole('button', { name: 'Apply to draft' }).click();
  start = Date.now();
  await editor.save.click();
  await expect(page.getByText('Catalog saved')).toBeVisible({ timeout: 120_000 });
  const saveMs = Date.now() - start;

  const stored = (await settings.get()).jsonData;
  expect(stored.catalog.kpis).toHaveLength(COUNT);
  expect(stored.catalog.kpis[0].name).toBe('Metric 0000 latency (edited)');
  test.info().annotations.push({
    type: 'figures',
    description: JSON.stringify({ bytes, openMs, filterMs, editorMs, saveMs }),
  });
  expect(errors).toEqual([]);
});
