import { expect, test, type Page } from '@playwright/test';

import { scorecardTestIds } from '../../src/panels/scorecard/testIds';
import { testIds } from '../../src/testIds';
import { APP_URL, as, CatalogPage, KpiDetailPage, ScorecardPanel, SettingsApi } from './pageObjects';
import { trackQueries } from './waitForQueries';

// A script that runs leaves a trace three ways: a dialog, a request to /xss-..., a global.
const run = (tag: string) =>
  `alert('${tag}');fetch('/xss-${tag}');window.__xssRan=(window.__xssRan||[]).concat('${tag}')`;
const NAME = `<img src=x onerror="${run('name')}">`;
const DESCRIPTION = `"><script>${run('description')}</script><img src=x onerror=${run('description-img')}>`;
const OWNER = `"><svg onload="${run('owner')}">@example.com`;
// Links a valid KPI may carry: http(s) only; the title is text.
const LINKS = [
  { title: `<img src=x onerror="${run('link-title')}">`, url: 'https://example.com/"><script>alert(1)</script>' },
  { title: 'A safe link', url: 'https://example.com/runbook' },
];
// Script links make a KPI invalid: the catalog lists it with what is wrong, which must be text too.
const SCRIPT_LINKS = [
  { title: 'javascript link', url: `javascript:${run('link-js')}` },
  { title: 'data link', url: `data:text/html,<script>${run('link-data')}</script>` },
  { title: 'spaced javascript', url: ` JaVaScRiPt:${run('link-js-case')}` },
];

interface Watch {
  dialogs: string[];
  unexpected: string[];
}

/** Records dialogs and requests a page should never make; scripts added to the DOM are counted in the page. */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { dialogs: [], unexpected: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:3001').origin;
  const expected = /^\/(public\/|api\/|preview\/|a\/|plugins\/|favicon\.ico$)/;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:') {
      return; // inline icons and fonts of @grafana/ui
    }
    if (url.origin !== origin || !expected.test(url.pathname) || /xss/i.test(url.href)) {
      seen.unexpected.push(request.url());
    }
  });
  await page.addInitScript(() => {
    const added: string[] = [];
    (window as unknown as { __addedScripts: string[] }).__addedScripts = added;
    // From the end of parsing: the host page's own inline scripts come before.
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        record.addedNodes.forEach((node) => {
          const scripts =
            node instanceof HTMLScriptElement
              ? [node]
              : node instanceof Element
                ? Array.from(node.querySelectorAll('script'))
                : [];
          for (const script of scripts) {
            // SystemJS adds a script per plugin module it loads, from the plugin's own folder.
            const src = script.getAttribute('src') ?? '';
            if (!/^(\/|https?:\/\/127\.0\.0\.1:\d+\/)(public\/plugins\/|preview\/assets\/)/.test(src)) {
              added.push(script.outerHTML.slice(0, 200));
            }
          }
        });
      }
    });
    document.addEventListener('DOMContentLoaded', () => observer.observe(document, { childList: true, subtree: true }));
  });
  return seen;
}

async function expectNoScriptRan(page: Page, seen: Watch) {
  // Give an injected handler a moment to fire if it were going to: wait for the page to be idle.
  await page.waitForLoadState('networkidle');
  expect(seen.dialogs, 'dialogs').toEqual([]);
  expect(seen.unexpected, 'unexpected requests').toEqual([]);
  const ran = await page.evaluate(() => (window as unknown as { __xssRan?: string[] }).__xssRan ?? []);
  expect(ran, 'payloads that ran').toEqual([]);
  const scripts = await page.evaluate(() => (window as unknown as { __addedScripts: string[] }).__addedScripts);
  expect(scripts, 'script elements added').toEqual([]);
  // No link anywhere leads to a script URL.
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h))).toEqual([]);
}

test.describe.configure({ mode: 'serial' });

let restore: () => Promise<void>;
test.beforeEach(async ({ request }) => {
  const settings = new SettingsApi(request);
  restore = await settings.snapshot();
  const { jsonData } = await settings.get();
  const catalog = structuredClone(jsonData.catalog);
  const kpi = catalog.kpis.find((k: { id: string }) => k.id === 'api-availability');
  Object.assign(kpi, { name: NAME, description: DESCRIPTION, owner: OWNER, links: LINKS });
  const invalid = catalog.kpis.find((k: { id: string }) => k.id === 'oncall-pages');
  Object.assign(invalid, { name: `${NAME} (script links)`, links: SCRIPT_LINKS });
  catalog.objectives[0].title = `<img src=x onerror="${run('objective')}">`;
  await settings.post({ ...jsonData, catalog });
});
test.afterEach(async () => {
  await restore();
});

test('catalog: payloads in a KPI are shown as text and run nothing', async ({ page }) => {
  const seen = await watch(page);
  const catalog = new CatalogPage(page);
  await catalog.goto('q=api', 'Viewer');
  await expect(catalog.row('api-availability')).toContainText(NAME);
  await expect(catalog.container.getByText(OWNER)).toBeVisible();
  await catalog.search.fill('script links');
  await expect(catalog.count).toHaveText(/^1 of \d+ KPIs$/);
  await expect(page.getByTestId(testIds.catalog.kpiError)).toContainText('only http(s) links are allowed');
  await expect(page.getByTestId(testIds.catalog.kpiError)).toContainText(`javascript:alert('link-js')`);
  await expectNoScriptRan(page, seen);
});

test('KPI detail: name, description, owner and links run nothing; script links are dropped', async ({ page }) => {
  const seen = await watch(page);
  const detail = new KpiDetailPage(page);
  await detail.goto('api-availability', 'Viewer');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
  await expect(page.getByTestId(testIds.kpiDetail.definition)).toContainText(DESCRIPTION);
  const links = page.getByTestId(testIds.kpiDetail.links);
  await expect(links.getByRole('link', { name: 'A safe link' })).toHaveAttribute('href', 'https://example.com/runbook');
  await expect(links.getByRole('link', { name: LINKS[0].title })).toBeVisible();
  await expect(links.getByRole('link')).toHaveCount(2);
  await expect(detail.value).toContainText(/On track|At risk|Off track/, { timeout: 60_000 });
  await expectNoScriptRan(page, seen);
});

test('scorecard panel: a card and its definition popup run nothing', async ({ page }) => {
  const seen = await watch(page);
  const options = { selectBy: 'ids', ids: ['api-availability'], layout: 'cards' };
  await page.goto(`/preview/panel?plugin=kpi-scorecard-panel&options=${encodeURIComponent(JSON.stringify(options))}`);
  const panel = new ScorecardPanel(page);
  await expect(panel.cards).toHaveCount(1, { timeout: 30_000 });
  await expect(panel.cards.getByTestId(scorecardTestIds.link)).toHaveText(NAME);
  await panel.cards.getByTestId(scorecardTestIds.link).hover();
  await panel.cards.getByTestId(scorecardTestIds.definitionButton).click();
  await expect(page.getByText(DESCRIPTION).first()).toBeVisible();
  await panel.readCards();
  await expectNoScriptRan(page, seen);
});

test('objectives, scorecards and the editor: payloads run nothing', async ({ page }) => {
  const seen = await watch(page);
  const objective = `<img src=x onerror="${run('objective')}">`;
  const pages: Array<[string, string | undefined]> = [
    ['objectives', objective],
    ['scorecards', undefined],
    ['scorecards/exec-engineering', undefined],
    ['manage', NAME],
    // A KPI's form: its name is the page's title and breadcrumb.
    ['manage/kpi/api-availability', NAME],
  ];
  for (const [path, shown] of pages) {
    const queriesSettled = trackQueries(page);
    await page.goto(`${APP_URL}/${path}?${as('Admin')}`);
    await expect(page.getByTestId('preview-plugin-page')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
    if (shown) {
      await expect(page.getByText(shown).first()).toBeVisible({ timeout: 30_000 });
    }
    await queriesSettled(60_000);
    await expectNoScriptRan(page, seen);
  }
});

test('control: the same payloads, put into the page as HTML, are caught by these checks', async ({ page }) => {
  const seen = await watch(page);
  await page.goto(`${APP_URL}/catalog?${as('Viewer')}`);
  await expect(page.getByTestId('preview-main')).toBeVisible();
  await page.evaluate((html) => {
    document.body.insertAdjacentHTML('beforeend', html);
    const script = document.createElement('script');
    script.textContent = 'window.__xssRan = (window.__xssRan || []).concat("control-script")';
    document.body.appendChild(script);
  }, NAME);
  await expect.poll(() => seen.dialogs.length).toBeGreaterThan(0);
  await expect.poll(() => seen.unexpected.some((url) => url.includes('/xss-name'))).toBe(true);
  const ran = await page.evaluate(() => (window as unknown as { __xssRan?: string[] }).__xssRan ?? []);
  expect(ran).toEqual(expect.arrayContaining(['name', 'control-script']));
  const scripts = await page.evaluate(() => (window as unknown as { __addedScripts: string[] }).__addedScripts);
  expect(scripts.length).toBeGreaterThan(0);
});
