import { testIds } from '../src/testIds';
import { expect, test } from './fixtures';

// The editor writes the app's settings in Grafana: each test puts back what it found.
test.describe.configure({ mode: 'serial' });

test('an admin edits a KPI and saves; Grafana keeps it and the catalog shows it', async ({
  gotoPage,
  editor,
  catalog,
  settings,
  page,
}) => {
  const restore = await settings.snapshot();
  try {
    const before = await settings.get();
    await gotoPage('/manage');
    await expect(editor.container).toBeVisible();
    // The dev stack's catalog is provisioned: the editor says an edit lasts until the next provisioning.
    await expect(page.getByTestId(testIds.editor.provisioned)).toBeVisible();
    await expect(editor.save).toBeDisabled();

    await editor.editKpi('API availability');
    await editor.field('name').fill('API availability (edited in Grafana)');
    await page.getByRole('button', { name: 'Apply to draft' }).click();
    const saved = page.waitForResponse((r) => r.url().includes('/settings') && r.request().method() === 'POST');
    await editor.save.click();
    expect((await saved).ok()).toBe(true);
    await expect(page.getByText('Catalog saved')).toBeVisible();

    const after = await settings.get();
    const kpi = after.jsonData.catalog.kpis.find((k: { id: string }) => k.id === 'api-availability');
    expect(kpi.name).toBe('API availability (edited in Grafana)');
    expect(after.jsonData.catalog.kpis).toHaveLength(before.jsonData.catalog.kpis.length);

    await gotoPage('/catalog?q=edited');
    await expect(catalog.row('api-availability')).toContainText('API availability (edited in Grafana)');
  } finally {
    await restore();
  }
});
