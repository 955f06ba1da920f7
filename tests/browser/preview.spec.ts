import { expect, test } from '@playwright/test';

import { APP_ID, collectPageErrors, SCREENSHOTS, SETTINGS_URL as SETTINGS, skipWithoutPrometheus } from './pageObjects';
import { trackQueries } from './waitForQueries';

for (const theme of ['dark', 'light'] as const) {
  test(`the app's default page renders from dist/module.js (${theme})`, async ({ page, request }) => {
    const errors = collectPageErrors(page);
    // Where Grafana's nav takes a user: the include marked defaultNav in plugin.json.
    const { defaultNavUrl } = await (await request.get(SETTINGS)).json();
    const moduleLoaded = page.waitForResponse((r) => r.url().endsWith(`/public/plugins/${APP_ID}/module.js`) && r.ok());
    const queriesSettled = trackQueries(page);

    await page.goto(`${defaultNavUrl}?theme=${theme}`);
    await moduleLoaded;

    await expect(page.getByTestId('preview-plugin-page')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId('preview-plugin-page')).not.toBeEmpty();
    await expect(page.getByText(/Could not load app/)).toHaveCount(0);
    await expect(page.locator('body')).toHaveClass(new RegExp(`theme-${theme}`));

    await queriesSettled(); // the queries' answers are in the picture
    await page.waitForLoadState('networkidle'); // and the icons their rendering asked for
    await page.screenshot({ path: `${SCREENSHOTS}/app-default-page-${theme}.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
}

test('the bare app root loads the plugin without errors', async ({ page }) => {
  const errors = collectPageErrors(page);
  const moduleLoaded = page.waitForResponse((r) => r.url().endsWith(`/public/plugins/${APP_ID}/module.js`) && r.ok());
  await page.goto(`/a/${APP_ID}/`);
  await moduleLoaded;
  await expect(page.getByTestId('preview-main')).toBeVisible();
  await expect(page.getByText('Loading app...')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByText(/Could not load app/)).toHaveCount(0);
  // The bare root opens the catalog, the default nav entry, instead of an empty page.
  await expect(page).toHaveURL(new RegExp(`/a/${APP_ID}/catalog`));
  expect(errors).toEqual([]);
});

test('a panel plugin mounts on /preview/panel with options from the URL', async ({ page }) => {
  const errors = collectPageErrors(page);
  const options = JSON.stringify({ content: '# Preview works\n\n<img src=x onerror="window.__xss=1">' });

  await page.goto(`/preview/panel?plugin=text&title=Text%20panel&options=${encodeURIComponent(options)}`);

  await expect(page.getByRole('heading', { name: 'Preview works' })).toBeVisible();
  await expect(page.getByTestId('preview-standin-text')).toContainText('stand-in: text');
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('a panel spec file (a dashboard panel in YAML) mounts on /preview/panel', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/preview/panel?spec=tests/browser/fixtures/text-panel.yaml');
  await expect(page.getByText('Panel from a spec file')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Spec loaded' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('plugin settings: readable by a viewer, writable only by an admin, as in Grafana', async ({ request }) => {
  const url = SETTINGS;
  const before = await (await request.get(url)).json();
  expect(before.id).toBe('kpi-scorecards-app');

  const denied = await request.post(url, {
    data: { jsonData: { probe: 1 } },
    headers: { 'X-Preview-Org-Role': 'Viewer' },
  });
  expect(denied.status()).toBe(403);

  const allowed = await request.post(url, { data: { enabled: true, jsonData: before.jsonData } });
  expect(allowed.ok()).toBe(true);
  expect((await (await request.get(url)).json()).jsonData).toEqual(before.jsonData);
});

test('/api/ds/query: one failed refId makes HTTP 400, the others keep their frames', async ({ request }) => {
  await skipWithoutPrometheus(request);

  const now = Date.now();
  const response = await request.post('/api/ds/query', {
    data: {
      from: String(now - 3600_000),
      to: String(now),
      queries: [
        { refId: 'A', expr: 'sum((', datasource: { uid: 'prometheus', type: 'prometheus' } },
        {
          refId: 'B',
          expr: 'vector(1)',
          instant: true,
          range: false,
          datasource: { uid: 'prometheus', type: 'prometheus' },
        },
      ],
    },
  });
  expect(response.status()).toBe(400);
  const { results } = await response.json();
  expect(results.A).toMatchObject({ errorSource: 'plugin', status: 400 });
  expect(results.A.error).toMatch(/^bad_data: /);
  expect(results.B.status).toBe(200);
  expect(results.B.frames[0].schema.fields.map((f: { name: string }) => f.name)).toEqual(['Time', 'Value']);
  expect(results.B.frames[0].data.values[1]).toEqual([1]);
});
