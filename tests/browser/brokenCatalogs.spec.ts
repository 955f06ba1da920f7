import { expect, test, type Page } from '@playwright/test';

import { scorecardTestIds } from '../../src/panels/scorecard/testIds';
import { testIds } from '../../src/testIds';
import { APP_URL, as, collectPageErrors, SettingsApi } from './pageObjects';

/**
 * Issue #20.4: a partly broken catalog in the app's settings (provisioned, or saved by an older version) must
 * blank no page. Every page shows every good KPI and marks the bad entry at its place; the editor opens the bad
 * entry so an admin can fix it.
 */
type Catalog = Record<string, any>;
interface BrokenCase {
  name: string;
  breakIt: (catalog: Catalog) => void;
  /** A KPI that stays good, shown on every page (none when no KPI can be read). */
  good?: string;
  /** The broken KPI's id, when there is one: its page opens (with its error unless validation accepts it). */
  bad?: string;
  /** Validation accepts it, yet it broke a page: the page shows it as any other KPI. */
  accepted?: boolean;
  /** Text the catalog page shows where the broken entry is. */
  marked: string | RegExp;
  /** The editor's form to open on the broken entry: a KPI's id, or `scorecards` for the first scorecard. */
  form?: 'kpi' | 'scorecard';
}

const BAD = 'deployment-frequency';
const GOOD = 'ci-pipeline-duration';
const kpi = (catalog: Catalog) => catalog.kpis.find((k: { id: string }) => k.id === BAD);

const CASES: BrokenCase[] = [
  {
    name: 'a ~ in objectives',
    breakIt: (c) => c.objectives.splice(1, 0, null),
    good: GOOD,
    marked: 'objectives[1]',
  },
  { name: 'no kpis', breakIt: (c) => delete c.kpis, marked: /kpis: required/ },
  {
    name: 'kpis as an object',
    breakIt: (c) => (c.kpis = Object.fromEntries(c.kpis.map((k: { id: string }) => [k.id, k]))),
    marked: /kpis: must be an array/,
  },
  {
    name: 'scorecards as an object',
    breakIt: (c) => (c.scorecards = { first: c.scorecards[0] }),
    good: GOOD,
    marked: /scorecards: must be an array/,
  },
  {
    name: 'a window of 1ms',
    breakIt: (c) => (kpi(c).window = '1ms'),
    good: GOOD,
    bad: BAD,
    accepted: true,
    marked: 'Deployment frequency',
  },
  {
    name: 'a target of 1e308',
    breakIt: (c) => (kpi(c).target = { value: 1e308 }),
    good: GOOD,
    bad: BAD,
    accepted: true,
    marked: 'Deployment frequency',
  },
  {
    name: 'a KPI with no target or query',
    breakIt: (c) => {
      delete kpi(c).target;
      delete kpi(c).query;
    },
    good: GOOD,
    bad: BAD,
    marked: /target: required/,
    form: 'kpi',
  },
  {
    // #20.7: the chart would interpolate it and the status query would not; the catalog refuses it instead.
    name: 'a query with a viewer variable',
    breakIt: (c) => (kpi(c).query.expr = 'sum(increase(deploys_total{user="${__user.login}"}[$__range]))'),
    good: GOOD,
    bad: BAD,
    marked: /query\.expr: \$\{__user\.login\} is not a time macro/,
    form: 'kpi',
  },
  { name: 'tags as text', breakIt: (c) => (kpi(c).tags = 'dora'), good: GOOD, bad: BAD, marked: 'tags', form: 'kpi' },
  {
    name: 'links as an object',
    breakIt: (c) => (kpi(c).links = { title: 'Runbook', url: 'https://example.com' }),
    good: GOOD,
    bad: BAD,
    marked: 'links',
    form: 'kpi',
  },
  {
    name: 'drives as text',
    breakIt: (c) => (kpi(c).drives = 'change-failure-rate'),
    good: GOOD,
    bad: BAD,
    marked: 'drives',
    form: 'kpi',
  },
  {
    name: 'a scorecard whose ids hold a number',
    breakIt: (c) => (c.scorecards[0].select = { ids: [GOOD, 42] }),
    good: GOOD,
    marked: 'scorecards[0]',
    form: 'scorecard',
  },
];

async function visit(page: Page, path: string, role = 'Admin') {
  await page.goto(`${APP_URL}/${path}${path.includes('?') ? '&' : '?'}${as(role as 'Admin')}`);
  await expect.soft(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
}

let original: Record<string, any>;
test.beforeEach(async ({ request }) => {
  original = (await new SettingsApi(request).get()).jsonData;
});
test.afterEach(async ({ request }) => {
  await new SettingsApi(request).post(original);
});

for (const broken of CASES) {
  test(`${broken.name}: every page shows the good KPIs and marks the bad entry`, async ({ page, request }) => {
    test.setTimeout(300_000);
    const catalog = structuredClone(original.catalog);
    broken.breakIt(catalog);
    await new SettingsApi(request).post({ ...original, catalog });
    const errors = collectPageErrors(page);
    const main = page.getByTestId('preview-main');

    await visit(page, 'catalog');
    await expect.soft(page.getByTestId(testIds.catalog.container)).toBeVisible();
    await expect.soft(main).toContainText(broken.marked);
    if (broken.good) {
      await expect.soft(page.getByTestId(testIds.catalog.row(broken.good))).toBeVisible();
    }

    await visit(page, 'objectives');
    await expect.soft(page.getByTestId(testIds.objectives.container)).toBeVisible();

    await visit(page, 'scorecards');
    await expect.soft(page.getByTestId(testIds.scorecards.container)).toBeVisible();
    await visit(page, 'scorecards/exec-revenue');
    await expect.soft(page.getByTestId(testIds.scorecards.container)).toBeVisible();

    for (const id of [broken.good, broken.bad]) {
      if (id) {
        await visit(page, `kpi/${id}`);
        await expect.soft(page.getByTestId(testIds.kpiDetail.container)).toBeVisible();
      }
    }
    if (broken.bad && !broken.accepted) {
      await expect.soft(page.getByTestId(testIds.kpiDetail.container)).toContainText(/must|required|not/);
    }

    const options = { selectBy: 'selector', layout: 'cards' };
    await page.goto(`/preview/panel?plugin=kpi-scorecard-panel&options=${encodeURIComponent(JSON.stringify(options))}`);
    await expect.soft(page.getByTestId(scorecardTestIds.panel)).toBeVisible({ timeout: 30_000 });
    if (broken.good) {
      await expect.soft(page.locator(`[data-kpi="${broken.good}"]`)).toBeVisible();
    }

    await visit(page, 'manage');
    await expect.soft(page.getByTestId(testIds.editor.container)).toBeVisible();
    if (broken.form === 'kpi') {
      await visit(page, `manage/kpi/${BAD}`);
      await expect.soft(page.getByRole('textbox', { name: 'name', exact: true })).toHaveValue('Deployment frequency');
    }
    if (broken.form === 'scorecard') {
      await visit(page, 'manage?tab=scorecards');
      await page.getByTestId(testIds.editor.container).getByRole('button', { name: 'Edit' }).first().click();
      await expect.soft(page.getByRole('textbox', { name: 'scorecard title', exact: true })).toBeVisible();
    }

    expect(errors).toEqual([]);
  });
}
