import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { parse, stringify } from 'yaml';

import { testIds } from '../../src/testIds';
import { APP_URL, as, CatalogEditorPage, collectPageErrors, SettingsApi, type Role } from './pageObjects';

/**
 * The editor's Alerting tab and its follow-up on save, against the preview host's stand-in for Grafana's
 * provisioning API (preview/alerting: it refuses bodies that are not a ProvisionedAlertRule by Grafana's schema).
 * The catalog is five demo KPIs under new ids, so their rules never meet the demo's provisioned ones; a rule the
 * app did not make is seeded in the same folder first. Settings and rules are put back afterwards.
 */
const RULES = '/api/v1/provisioning/alert-rules';
const FOLDER = 'KPI Scorecards';
const FOREIGN = 'db-disk-full';
/** Someone else's rule holding the uid the app would give the KPI `e2e-taken`: the app must leave it. */
const TAKEN = 'kpi-e2e-taken-off-track';
const APP_MADE = [
  'kpi-e2e-deploys-off-track',
  'kpi-e2e-api-off-track',
  'kpi-e2e-api-burn-page',
  'kpi-e2e-api-burn-ticket',
  'kpi-e2e-mttr-off-track',
];

type Json = Record<string, any>;

test.describe.configure({ mode: 'serial' });

/** The settings' jsonData before this file's tests, put back after them. */
let storedJsonData: Json | undefined;
let seeded: Json[] = [];

/**
 * Five demo KPIs as new ones: a plain KPI, an SLO with good/total, a calendar KPI, one whose uid is taken, and one
 * that is off track.
 */
function testCatalog(demo: Json): Json {
  const copy = (id: string, as: string) => {
    const { drives: _d, objective: _o, ...kpi } = structuredClone(demo.kpis.find((k: Json) => k.id === id));
    return { ...kpi, id: as, name: `Test ${kpi.name}` };
  };
  return {
    apiVersion: demo.apiVersion,
    kind: demo.kind,
    kpis: [
      copy('deployment-frequency', 'e2e-deploys'),
      copy('api-availability', 'e2e-api'),
      copy('signups-this-month', 'e2e-signups'),
      copy('oncall-pages', 'e2e-taken'),
      // Off track in the demo data by design (scripts/demo/designed-statuses.mjs): its rule fires.
      copy('mttr', 'e2e-mttr'),
    ],
  };
}

async function storedRules(request: APIRequestContext): Promise<Json[]> {
  const response = await request.get(RULES);
  expect(response.ok()).toBe(true);
  return response.json();
}

async function folderUid(request: APIRequestContext): Promise<string> {
  const folders: Json[] = await (await request.get('/api/folders')).json();
  const found = folders.find((f) => f.title === FOLDER);
  return found?.uid ?? (await (await request.post('/api/folders', { data: { title: FOLDER } })).json()).uid;
}

/** A rule as another team would make it in Grafana, in the app's folder (a math expression that never fires). */
function foreignRule(uid: string, folder: string): Json {
  return {
    uid,
    title: `Someone else's rule ${uid}`,
    orgID: 1,
    folderUID: folder,
    ruleGroup: 'db',
    condition: 'A',
    data: [
      {
        refId: 'A',
        datasourceUid: '__expr__',
        relativeTimeRange: { from: 0, to: 0 },
        model: { refId: 'A', type: 'math', expression: '1 == 0', datasource: { type: '__expr__', uid: '__expr__' } },
      },
    ],
    noDataState: 'OK',
    execErrState: 'OK',
    for: '5m',
    labels: { team: 'db' },
    annotations: { summary: 'Not made by the KPI app' },
    isPaused: false,
  };
}

/** The `kpi` command line on a catalog file: stdout, as a user would pipe it to a file. */
function kpiRules(kind: 'grafana' | 'prometheus', catalogFile: string): string {
  return execFileSync(process.execPath, ['scripts/kpi.mjs', 'rules', kind, catalogFile], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

async function openAlertingTab(page: Page, role: Role = 'Admin') {
  await page.goto(`${APP_URL}/manage?tab=alerting&${as(role)}`);
  await expect(page.getByTestId(testIds.editor.alertingRules)).toBeVisible({ timeout: 30_000 });
}

/** Review, then the plan's lines as [kind, text]. */
async function review(page: Page): Promise<Array<[string, string]>> {
  await page.getByRole('button', { name: 'Review the rules in Grafana' }).click();
  const plan = page.getByTestId(testIds.editor.rulePlan);
  await expect(plan).toBeVisible();
  return plan
    .locator('[data-kind]')
    .evaluateAll((els) =>
      els.map((el) => [el.getAttribute('data-kind') ?? '', el.textContent ?? ''] as [string, string])
    );
}

/** A KPI's target and at-risk boundary changed in its form and applied to the draft (not saved). */
async function changeTarget(page: Page, name: string, target: string, atRisk: string) {
  const editor = new CatalogEditorPage(page);
  await page.getByRole('tab', { name: /^KPIs/ }).click();
  await editor.editKpi(name);
  await editor.field('target').fill(target);
  await editor.field('at risk').fill(atRisk);
  await page.getByRole('button', { name: 'Apply to draft' }).click();
  await expect(editor.container.getByText('Unsaved changes')).toBeVisible();
}

const threshold = (rule: Json) => rule.data.find((q: Json) => q.model.type === 'threshold').model.conditions[0];

test("the demo's provisioned rules are what its catalog makes: all up to date, none to write", async ({ page }) => {
  const errors = collectPageErrors(page);
  await openAlertingTab(page);
  const plan = await review(page);
  expect(plan.length).toBeGreaterThan(0);
  expect(plan.filter(([kind]) => kind !== 'unchanged')).toEqual([]);
  await expect(page.getByRole('button', { name: 'Create and update 0 rules' })).toBeDisabled();
  expect(errors).toEqual([]);
});

test.describe('a catalog of new KPIs, with a rule someone else made in the folder', () => {
  test.beforeAll(async ({ request }) => {
    const settings = new SettingsApi(request);
    storedJsonData = (await settings.get()).jsonData;
    await settings.post({ ...storedJsonData, catalog: testCatalog(storedJsonData.catalog) });
    const folder = await folderUid(request);
    for (const uid of [FOREIGN, TAKEN]) {
      const response = await request.post(RULES, { data: foreignRule(uid, folder) });
      expect(response.status(), await response.text()).toBe(201);
    }
    // As Grafana holds them (its PreSave fills query model defaults), to compare with after the syncs.
    seeded = (await storedRules(request)).filter((rule) => [FOREIGN, TAKEN].includes(rule.uid));
    expect(seeded).toHaveLength(2);
  });

  test.afterAll(async ({ request }) => {
    for (const rule of await storedRules(request)) {
      if (rule.uid.startsWith('kpi-e2e-') || rule.uid === FOREIGN) {
        await request.delete(`${RULES}/${rule.uid}`);
      }
    }
    if (storedJsonData) {
      await new SettingsApi(request).post(storedJsonData);
    }
  });

  test('the Alerting tab: rules per KPI, both files, create after a diff, no duplicates, updates, others left alone', async ({
    page,
    request,
  }) => {
    const errors = collectPageErrors(page);
    const written: Json[] = [];
    page.on('request', (r) => {
      if (r.url().includes(RULES) && ['POST', 'PUT'].includes(r.method())) {
        written.push({ method: r.method(), url: r.url(), body: r.postDataJSON() });
      }
    });
    await openAlertingTab(page);

    // Per KPI: the rules it gets, or why not.
    const table = page.getByTestId(testIds.editor.alertingRules);
    const row = (name: string) => table.getByRole('row').filter({ hasText: name });
    await expect(row('Test Deployment frequency')).toContainText('Off track: Test Deployment frequency');
    await expect(row('Test API availability')).toContainText('Error budget burn (page): Test API availability');
    await expect(row('Test API availability')).toContainText('Error budget burn (ticket): Test API availability');
    await expect(row('Test API availability')).toContainText('recordings and burn alerts');
    await expect(row('Test Signups this month')).toContainText("its window 'month' is a calendar period");

    // Both downloads are what `kpi rules` makes of the same catalog.
    const dir = mkdtempSync(join(tmpdir(), 'kpi-alerting-'));
    const catalogFile = join(dir, 'catalog.yaml');
    writeFileSync(catalogFile, stringify((await new SettingsApi(request).get()).jsonData.catalog));
    for (const [button, kind, name] of [
      ['Download Grafana rules', 'grafana', 'kpi-rules.yaml'],
      ['Download Prometheus rules', 'prometheus', 'kpi.rules.yaml'],
    ] as const) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: button }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(name);
      const text = readFileSync((await file.path())!, 'utf8');
      expect(parse(text)).toBeTruthy();
      expect(text.trimEnd()).toBe(kpiRules(kind, catalogFile).trimEnd());
      if (kind === 'grafana') {
        const uids = parse(text).groups.flatMap((g: Json) => g.rules.map((r: Json) => r.uid));
        expect(uids.sort()).toEqual([...APP_MADE, TAKEN].sort());
      } else {
        expect(parse(text).groups.map((g: Json) => g.name)).toEqual(['kpi-e2e-api']);
      }
    }

    // The diff first: a rule to create for each the app makes, the taken uid left alone; nothing written yet.
    const plan = await review(page);
    expect(plan.filter(([kind]) => kind === 'create')).toHaveLength(APP_MADE.length);
    expect(plan).toContainEqual(['left-alone', `Left alone, a rule with its uid was not made by this app: ${TAKEN}`]);
    expect(written).toEqual([]);

    // One click creates them, each body valid (the host refuses any other) and in the folder.
    await page.getByRole('button', { name: `Create and update ${APP_MADE.length} rules` }).click();
    await expect(page.getByText(`${APP_MADE.length} rules written to Grafana`)).toBeVisible();
    expect(written.map((w) => w.method)).toEqual(APP_MADE.map(() => 'POST'));
    const folder = await folderUid(request);
    let rules = await storedRules(request);
    for (const uid of APP_MADE) {
      const rule = rules.find((r) => r.uid === uid);
      expect([uid, rule?.folderUID, rule?.provenance, rule?.labels?.kpi]).toEqual([
        uid,
        folder,
        'api',
        uid.replace(/^kpi-(e2e-\w+)-.*$/, '$1'),
      ]);
    }
    expect(threshold(rules.find((r) => r.uid === 'kpi-e2e-deploys-off-track')!).evaluator).toEqual({
      type: 'lt',
      params: [40],
    });

    // Grafana evaluates what the editor made: the off-track KPI's rule fires, and its card says so, linking to it.
    const options = { selectBy: 'selector', layout: 'cards', sort: 'catalog', showSparkline: false };
    await page.goto(
      `/preview/panel?plugin=kpi-scorecard-panel&width=1240&height=900&role=Viewer` +
        `&options=${encodeURIComponent(JSON.stringify(options))}`
    );
    await expect(page.locator('[data-kpi="e2e-mttr"]').getByTestId(testIds.alerting.firing)).toHaveAttribute(
      'href',
      '/alerting/grafana/kpi-e2e-mttr-off-track/view',
      { timeout: 60_000 }
    );

    // Again, after a reload: everything up to date, nothing to write, no second copy.
    const count = rules.length;
    await openAlertingTab(page);
    const again = await review(page);
    expect(again.filter(([kind]) => kind === 'unchanged')).toHaveLength(APP_MADE.length);
    expect(again.filter(([kind]) => kind === 'create' || kind === 'update')).toEqual([]);
    await expect(page.getByRole('button', { name: 'Create and update 0 rules' })).toBeDisabled();
    expect((await storedRules(request)).length).toBe(count);

    // A new target in the draft: the diff shows its rule's update, written once the catalog is saved (the
    // rules follow the stored catalog), from the offer the save makes; then the tab finds all up to date.
    await changeTarget(page, 'Test Deployment frequency', '60', '45');
    await page.getByRole('tab', { name: 'Alerting' }).click();
    const changed = await review(page);
    expect(changed.filter(([kind]) => kind === 'update')).toEqual([
      ['update', 'Changes data, annotations: Off track: Test Deployment frequency'],
    ]);
    await expect(page.getByRole('button', { name: 'Create and update 1 rules' })).toBeDisabled();
    await expect(page.getByText('The catalog has unsaved changes')).toBeVisible();
    expect(written.map((w) => w.method)).toEqual(APP_MADE.map(() => 'POST'));
    await new CatalogEditorPage(page).save.click();
    const followUp = page.getByTestId(testIds.editor.ruleFollowUp);
    await expect(followUp).toContainText('Changes data, annotations: Off track: Test Deployment frequency');
    await followUp.getByRole('button', { name: 'Update 1 rules in Grafana' }).click();
    await expect(page.getByText('1 rules written to Grafana')).toBeVisible();
    expect(written.at(-1)?.method).toBe('PUT');
    expect(written.at(-1)?.url).toContain(`${RULES}/kpi-e2e-deploys-off-track`);
    expect((await review(page)).filter(([kind]) => kind === 'create' || kind === 'update')).toEqual([]);
    rules = await storedRules(request);
    expect(threshold(rules.find((r) => r.uid === 'kpi-e2e-deploys-off-track')!).evaluator.params).toEqual([45]);
    expect(rules.length).toBe(count);

    // The rules the app did not make are exactly as they were seeded.
    for (const before of seeded) {
      expect(rules.find((r) => r.uid === before.uid)).toEqual(before);
    }
    expect(errors).toEqual([]);
  });

  test('saving a KPI whose rules the app made offers to update them, after a diff; a viewer is never offered it', async ({
    page,
    request,
  }) => {
    const errors = collectPageErrors(page);
    const editor = new CatalogEditorPage(page);
    await editor.goto('Admin');
    await expect(editor.container).toBeVisible({ timeout: 30_000 });
    const followUp = page.getByTestId(testIds.editor.ruleFollowUp);

    // A change no rule carries: saved, nothing offered.
    await editor.editKpi('Test Deployment frequency');
    await editor.field('description').fill('Deploys to production, counted by the release job.');
    await page.getByRole('button', { name: 'Apply to draft' }).click();
    const rulesAsked = page.waitForRequest((r) => r.url().includes(RULES), { timeout: 5_000 }).catch(() => undefined);
    await editor.save.click();
    await expect(page.getByText('Catalog saved')).toBeVisible();
    expect(await rulesAsked).toBeUndefined();
    await expect(followUp).toHaveCount(0);

    // A new target and SLO objective: after the save, the diff of their rules and one click to update them.
    await changeTarget(page, 'Test Deployment frequency', '70', '55');
    await editor.editKpi('Test API availability');
    // An SLO's target is its objective: both move together.
    await editor.field('target').fill('99.5');
    await editor.field('slo').fill('99.5');
    await page.getByRole('button', { name: 'Apply to draft' }).click();
    await editor.save.click();
    await expect(page.getByText('Catalog saved')).toBeVisible();
    await expect(followUp).toBeVisible();
    const lines = await followUp
      .locator('[data-kind]')
      .evaluateAll((els) => els.map((el) => `${el.getAttribute('data-kind')} ${el.textContent}`));
    expect(lines).toEqual([
      'update Changes data, annotations: Off track: Test Deployment frequency',
      'update Changes data, annotations: Off track: Test API availability',
      // The burn rates' thresholds move with the objective; their annotations do not name it.
      'update Changes data: Error budget burn (page): Test API availability',
      'update Changes data: Error budget burn (ticket): Test API availability',
    ]);
    await followUp.getByRole('button', { name: 'Update 4 rules in Grafana' }).click();
    await expect(page.getByText('4 rules written to Grafana')).toBeVisible();
    const rules = await storedRules(request);
    expect(threshold(rules.find((r) => r.uid === 'kpi-e2e-deploys-off-track')!).evaluator.params).toEqual([55]);
    // The form kept the SLO's good and total: the burn rules still read them.
    const api = (await new SettingsApi(request).get()).jsonData.catalog.kpis.find((k: Json) => k.id === 'e2e-api');
    expect([api.slo.objective, Boolean(api.slo.good), Boolean(api.slo.total)]).toEqual([99.5, true, true]);
    expect(threshold(rules.find((r) => r.uid === 'kpi-e2e-api-off-track')!).evaluator.params).toEqual([99.5]);
    for (const before of seeded) {
      expect(rules.find((r) => r.uid === before.uid)).toEqual(before);
    }

    // The Alerting tab agrees: all up to date.
    await page.getByRole('tab', { name: 'Alerting' }).click();
    expect((await review(page)).filter(([kind]) => kind === 'create' || kind === 'update')).toEqual([]);

    // A viewer has no editor, so no save and no offer.
    await editor.goto('Viewer');
    await expect(page.getByText('Only an admin can change the KPI catalog')).toBeVisible({ timeout: 30_000 });
    await expect(followUp).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Update .* rules/ })).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
