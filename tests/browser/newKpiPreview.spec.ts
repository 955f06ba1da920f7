import { expect, test } from '@playwright/test';

import { CatalogEditorPage, CatalogPage, collectPageErrors, SCREENSHOTS, SettingsApi } from './pageObjects';

// Issue 19.6: a new KPI's query is written in the datasource's query editor (on this host a labelled stand-in
// for Grafana's Prometheus editor) and its value and status show before saving, as the catalog then shows them.
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1280, height: 1000 } });

let restore: () => Promise<void>;
test.beforeEach(async ({ request }) => {
  restore = await new SettingsApi(request).snapshot();
});
test.afterEach(async () => {
  await restore();
});

async function newKpi(editor: CatalogEditorPage, id: string) {
  await editor.goto('Admin');
  await expect(editor.container).toBeVisible({ timeout: 30_000 });
  await editor.container.getByRole('button', { name: 'New KPI' }).first().click();
  await editor.field('id').fill(id);
  await editor.field('name').fill('Active customers (preview)');
  await editor.field('team').fill('growth');
  await editor.field('owner').fill('kim@example.com');
  await editor.field('target').fill('4000');
  await editor.kpiQuery.pickDatasource('Prometheus (demo)');
}

test('an admin previews a new KPI before saving, and the catalog shows the same value and status', async ({ page }) => {
  const errors = collectPageErrors(page);
  const editor = new CatalogEditorPage(page);
  const query = editor.kpiQuery;
  await newKpi(editor, 'active-customers-preview');
  await query.editor.fill('sum(customers_active)');
  // The editor's own run (Shift+Enter, as in Grafana's code editor) previews; so does the Preview button.
  await query.editor.press('Shift+Enter');
  await expect(query.value).toHaveText(/\d/, { timeout: 60_000 });
  await query.previewButton.click();
  await expect(query.value).toHaveText(/\d/, { timeout: 60_000 });
  await expect(query.preview).toContainText('Target ≥ 4 K');
  const status = await query.status.getAttribute('data-status');
  const value = (await query.value.innerText()).trim();
  expect(status).toMatch(/^(on-track|at-risk|off-track)$/);
  await page.screenshot({ path: `${SCREENSHOTS}/new-kpi-preview-dark.png`, fullPage: true });

  await page.getByRole('button', { name: 'Add KPI to draft' }).click();
  const saved = page.waitForResponse((r) => r.url().includes('/settings') && r.request().method() === 'POST');
  await editor.save.click();
  expect((await saved).ok()).toBe(true);

  const catalog = new CatalogPage(page);
  await catalog.goto('q=preview', 'Viewer');
  const row = page.getByRole('row').filter({ has: catalog.row('active-customers-preview') });
  await expect(row.locator('[data-status]').first()).toHaveAttribute('data-status', status!, { timeout: 60_000 });
  await expect(row).toContainText(value);
  expect(errors).toEqual([]);
});

test("a failing query shows the datasource's error at the query, written as YAML", async ({ page }) => {
  const errors = collectPageErrors(page);
  const editor = new CatalogEditorPage(page);
  const query = editor.kpiQuery;
  await newKpi(editor, 'broken-preview');
  // Grafana's switch draws its label over the checkbox: a user clicks that, or presses Space on the switch.
  await query.asYaml.press('Space');
  await expect(query.asYaml).toBeChecked();
  await query.yaml.fill('expr: sum(rate(customers_active[5m])');
  await query.previewButton.click();
  await expect(query.error).toContainText(/parse error/i, { timeout: 60_000 });
  await expect(query.status).toHaveAttribute('data-status', 'error');
  await page.screenshot({ path: `${SCREENSHOTS}/new-kpi-preview-error-dark.png`, fullPage: true });
  expect(errors).toEqual([]);
});
