import { readFile } from 'node:fs/promises';

import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

import { as, CatalogEditorPage, collectPageErrors, SCREENSHOTS, SettingsApi } from './pageObjects';

// Export as YAML was found navigating to /a/kpi-scorecards-app/http://.../<uuid> (the link interception took
// the blob link) and downloading nothing. The preview host intercepts links as Grafana does.
for (const [where, url] of [
  ['the editor', `/a/kpi-scorecards-app/manage?${as('Admin')}`],
  ['the configuration page', `/plugins/kpi-scorecards-app?${as('Admin', 'light')}`],
] as const) {
  test(`Export as YAML on ${where} downloads the catalog and stays on the page`, async ({ page, request }) => {
    const errors = collectPageErrors(page);
    const stored = (await new SettingsApi(request).get()).jsonData.catalog;
    await page.goto(url);
    const button = page.getByRole('button', { name: 'Export as YAML' });
    await expect(button).toBeEnabled({ timeout: 30_000 });
    const before = page.url();
    const download = page.waitForEvent('download');
    // Keyboard only, as a user without a mouse exports.
    await button.focus();
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toBe('kpi-catalog.yaml');
    const saved = parse(await readFile((await file.path())!, 'utf8'));
    expect(saved.kpis.map((k: { id: string }) => k.id)).toEqual(stored.kpis.map((k: { id: string }) => k.id));
    expect(page.url()).toBe(before);
    await expect(button).toBeVisible();
    if (where === 'the editor') {
      await expect(new CatalogEditorPage(page).container).toBeVisible();
    }
    await page.screenshot({ path: `${SCREENSHOTS}/export-yaml-${where.replace(/\W+/g, '-')}.png` });
    expect(errors).toEqual([]);
  });
}
