import { expect, test } from '@playwright/test';

import {
  APP_URL,
  as,
  CatalogEditorPage,
  CatalogPage,
  collectPageErrors,
  editControls,
  KpiDetailPage,
  SettingsApi,
} from './pageObjects';

// These checks change the preview host's in-memory settings and put them back after each test.
test.describe.configure({ mode: 'serial' });

let restore: () => Promise<void>;
test.beforeEach(async ({ request }) => {
  restore = await new SettingsApi(request).snapshot();
});
test.afterEach(async () => {
  await restore();
});

test('a viewer gets no edit control: not on the catalog, a KPI page or the editor page', async ({ page }) => {
  const errors = collectPageErrors(page);
  const catalog = new CatalogPage(page);
  await catalog.goto('', 'Viewer');
  await expect(catalog.row('api-availability')).toBeVisible();
  await expect(editControls(page)).toHaveCount(0);

  const detail = new KpiDetailPage(page);
  await detail.goto('api-availability', 'Viewer');
  await expect(detail.value).toContainText(/On track|At risk|Off track/, { timeout: 60_000 });
  await expect(detail.editLink).toHaveCount(0);
  await expect(editControls(page)).toHaveCount(0);

  // Even the editor's own URL gives a viewer nothing to change.
  const editor = new CatalogEditorPage(page);
  await editor.goto('Viewer');
  await expect(page.getByText('Only an admin can change the KPI catalog')).toBeVisible({ timeout: 30_000 });
  await expect(editor.container).toHaveCount(0);
  await expect(editControls(page)).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("an admin sees the edit control on a KPI page, and it opens that KPI's form", async ({ page }) => {
  const detail = new KpiDetailPage(page);
  await detail.goto('api-availability', 'Admin');
  await expect(detail.editLink).toBeVisible();
  await detail.editLink.click();
  const editor = new CatalogEditorPage(page);
  await expect(page).toHaveURL(CatalogEditorPage.path('api-availability'));
  await expect(editor.field('name')).toHaveValue('API availability', { timeout: 30_000 });
});

test("a KPI's form is a page under the editor: Back returns to the list, and the draft is kept", async ({ page }) => {
  const errors = collectPageErrors(page);
  const editor = new CatalogEditorPage(page);
  await editor.goto('Admin');
  await expect(editor.container).toBeVisible({ timeout: 30_000 });

  await editor.editKpi('API availability');
  await expect(page).toHaveURL(CatalogEditorPage.path('api-availability'));
  await expect(editor.breadcrumb).toHaveText(/Manage catalog.*API availability/);
  await editor.field('name').fill('API availability (in the draft)');
  await page.getByRole('button', { name: 'Apply to draft' }).click();
  await expect(page).toHaveURL(CatalogEditorPage.path());

  // To another KPI's form: the save bar there knows the draft; Back: the list still has the edit.
  await editor.editKpi('On-call pages');
  await expect(page).toHaveURL(CatalogEditorPage.path('oncall-pages'));
  await expect(editor.container.getByText('Unsaved changes')).toBeVisible();
  await editor.field('name').fill('On-call pages (typed, not applied)');
  await page.goBack();
  await expect(page).toHaveURL(CatalogEditorPage.path());
  await expect(editor.container.getByRole('cell', { name: 'API availability (in the draft)' })).toBeVisible();
  await expect(editor.container.getByText('Unsaved changes')).toBeVisible();

  // The breadcrumb leads back to the list too.
  await editor.editKpi('API availability (in the draft)');
  await editor.breadcrumb.getByRole('link', { name: 'Manage catalog' }).click();
  await expect(page).toHaveURL(CatalogEditorPage.path());
  await expect(editor.container.getByRole('cell', { name: 'API availability (in the draft)' })).toBeVisible();
  expect(errors).toEqual([]);
});

test("an old link (manage?kpi=<id>) opens that KPI's form; a form of an unknown id says so", async ({ page }) => {
  const errors = collectPageErrors(page);
  const editor = new CatalogEditorPage(page);
  await page.goto(`${APP_URL}/manage?kpi=api-availability&${as('Admin')}`);
  await expect(page).toHaveURL(CatalogEditorPage.path('api-availability'), { timeout: 30_000 });
  await expect(editor.field('name')).toHaveValue('API availability');

  await editor.gotoKpi('no-such-kpi');
  await expect(page.getByText('No KPI "no-such-kpi" in the draft')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Back to the list' }).click();
  await expect(page).toHaveURL(CatalogEditorPage.path());
  await expect(editor.container.getByRole('cell', { name: 'API availability' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('an admin edits a KPI and saves; the catalog shows the change after a reload', async ({ page, request }) => {
  const errors = collectPageErrors(page);
  const settings = new SettingsApi(request);
  const before = await settings.get();
  const editor = new CatalogEditorPage(page);
  await editor.goto('Admin');
  await expect(editor.container).toBeVisible({ timeout: 30_000 });
  await expect(editor.save).toBeDisabled();

  await editor.editKpi('API availability');
  await editor.field('name').fill('API availability (edited in the browser)');
  await page.getByRole('button', { name: 'Apply to draft' }).click();
  await expect(editor.container.getByText('Unsaved changes')).toBeVisible();
  const saved = page.waitForResponse((r) => r.url().includes('/settings') && r.request().method() === 'POST');
  await editor.save.click();
  expect((await saved).ok()).toBe(true);
  await expect(page.getByText('Catalog saved')).toBeVisible();

  const after = await settings.get();
  const kpi = after.jsonData.catalog.kpis.find((k: { id: string }) => k.id === 'api-availability');
  expect(kpi.name).toBe('API availability (edited in the browser)');
  expect(after.jsonData.catalogVersion).toBe((before.jsonData.catalogVersion ?? 0) + 1);
  // Other KPIs are untouched.
  expect(after.jsonData.catalog.kpis.length).toBe(before.jsonData.catalog.kpis.length);

  const catalog = new CatalogPage(page);
  await catalog.goto('q=edited', 'Viewer');
  await expect(catalog.count).toHaveText(`1 of ${after.jsonData.catalog.kpis.length} KPIs`);
  await expect(catalog.row('api-availability')).toContainText('API availability (edited in the browser)');
  expect(errors).toEqual([]);
});

test('a save after someone else saved is refused, and the admin keeps their edit', async ({ page, request }) => {
  const errors = collectPageErrors(page);
  const settings = new SettingsApi(request);
  const editor = new CatalogEditorPage(page);
  await editor.goto('Admin');
  await expect(editor.container).toBeVisible({ timeout: 30_000 });

  await editor.editKpi('On-call pages');
  await editor.field('name').fill('On-call pages (my edit)');
  await page.getByRole('button', { name: 'Apply to draft' }).click();
  await expect(editor.container.getByText('Unsaved changes')).toBeVisible();

  // Meanwhile another admin saves a different change (a new catalogVersion) through the settings API.
  const theirs = await settings.get();
  const theirCatalog = structuredClone(theirs.jsonData.catalog);
  theirCatalog.kpis.find((k: { id: string }) => k.id === 'nps').name = 'Net promoter score (their edit)';
  const theirVersion = (theirs.jsonData.catalogVersion ?? 0) + 1;
  await settings.post({ ...theirs.jsonData, catalog: theirCatalog, catalogVersion: theirVersion });

  await editor.save.click();
  await expect(editor.conflict).toBeVisible({ timeout: 30_000 });
  await expect(editor.conflict).toContainText('your changes are still here');

  // Nothing of the admin's was written; the other save stands.
  const stored = await settings.get();
  expect(stored.jsonData.catalogVersion).toBe(theirVersion);
  const names = stored.jsonData.catalog.kpis.map((k: { name: string }) => k.name);
  expect(names).toContain('Net promoter score (their edit)');
  expect(names).not.toContain('On-call pages (my edit)');

  // The edit is still in the editor, unsaved, and can still be seen in the form.
  await expect(editor.container.getByText('Unsaved changes')).toBeVisible();
  await expect(editor.container.getByRole('cell', { name: 'On-call pages (my edit)' })).toBeVisible();
  await editor.editKpi('On-call pages (my edit)');
  await expect(editor.field('name')).toHaveValue('On-call pages (my edit)');
  expect(errors).toEqual([]);
});
