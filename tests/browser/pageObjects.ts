import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';

import { scorecardTestIds } from '../../src/panels/scorecard/testIds';
import { testIds } from '../../src/testIds';

export const APP_ID = 'kpi-scorecards-app';
export const APP_URL = `/a/${APP_ID}`;
export const SETTINGS_URL = `/api/plugins/${APP_ID}/settings`;
export const SCREENSHOTS = 'test-results/screenshots';

export type Role = 'Viewer' | 'Editor' | 'Admin';
export type Theme = 'dark' | 'light';

/** Query string of the preview host's login and theme switches. */
export function as(role: Role = 'Admin', theme: Theme = 'dark'): string {
  return `role=${role}&theme=${theme}`;
}

/** Skips a check that compares with the demo Prometheus when the preview host cannot reach it. */
export async function skipWithoutPrometheus(request: APIRequestContext) {
  const { prometheus } = await (await request.get('/preview/healthz')).json();
  test.skip(prometheus !== 'ready', 'needs the demo Prometheus (scripts/demo/start-prometheus.sh)');
}

/** Uncaught errors in the page: a plugin that throws fails the check. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The app's settings on the preview host, as Grafana's plugin settings API gives them. */
export class SettingsApi {
  constructor(private readonly request: APIRequestContext) {}

  async get(): Promise<{ enabled?: boolean; pinned?: boolean; jsonData: Record<string, any> }> {
    const response = await this.request.get(SETTINGS_URL);
    expect(response.ok()).toBe(true);
    return response.json();
  }

  /** A POST as an admin would make it (the preview host treats API calls as Admin unless told). */
  async post(jsonData: Record<string, unknown>): Promise<void> {
    const response = await this.request.post(SETTINGS_URL, { data: { enabled: true, pinned: true, jsonData } });
    expect(response.ok(), await response.text()).toBe(true);
  }

  /** How many KPIs the catalog in the settings has. */
  async kpiCount(): Promise<number> {
    return (await this.get()).jsonData.catalog.kpis.length;
  }

  /** Keeps the current settings and gives a function that puts them back. */
  async snapshot(): Promise<() => Promise<void>> {
    const { jsonData } = await this.get();
    return () => this.post(jsonData);
  }
}

export class CatalogPage {
  readonly container: Locator;
  readonly search: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.container = page.getByTestId(testIds.catalog.container);
    this.search = page.getByTestId(testIds.catalog.search);
    this.count = this.container.getByText(/^\d+ of \d+ KPIs$/);
  }

  async goto(query = '', role: Role = 'Admin', theme: Theme = 'dark') {
    await this.page.goto(`${APP_URL}/catalog?${query ? `${query}&` : ''}${as(role, theme)}`);
    await expect(this.container).toBeVisible({ timeout: 30_000 });
  }

  row(id: string): Locator {
    return this.page.getByTestId(testIds.catalog.row(id));
  }

  /** The KPI ids of the rows shown, in order. */
  async shownIds(): Promise<string[]> {
    const prefix = testIds.catalog.row('');
    const ids = await this.container
      .locator(`[data-testid^="${prefix}"]`)
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid') ?? ''));
    return ids.map((id) => id.slice(prefix.length));
  }

  /**
   * One of the six filters (Team, Category, Type, Status, Tag, Objective): a Grafana Combobox under its
   * field label. The label is not tied to the input (no accessible name yet), so this goes by the field.
   */
  filter(label: string): Locator {
    return this.container.locator(
      `xpath=.//label[normalize-space()="${label}"]/ancestor::div[.//input[@role="combobox"]][1]//input[@role="combobox"]`
    );
  }

  async chooseFilter(label: string, value: string) {
    const box = this.filter(label);
    await box.click();
    await box.fill(value);
    await this.page.getByRole('option', { name: value, exact: true }).click();
  }
}

export class KpiDetailPage {
  readonly container: Locator;
  readonly value: Locator;
  readonly editLink: Locator;
  /** The KPI's chart: Grafana's time series (a labelled stand-in panel around @grafana/ui's TimeSeries). */
  readonly chart: Locator;

  constructor(readonly page: Page) {
    this.container = page.getByTestId(testIds.kpiDetail.container);
    this.value = page.getByTestId(testIds.kpiDetail.value);
    this.editLink = page.getByTestId(testIds.kpiDetail.editLink);
    this.chart = this.container.getByTestId('preview-standin-timeseries');
  }

  async goto(id: string, role: Role = 'Admin', theme: Theme = 'dark') {
    await this.page.goto(`${APP_URL}/kpi/${encodeURIComponent(id)}?${as(role, theme)}`);
    await expect(this.container).toBeVisible({ timeout: 30_000 });
  }

  /**
   * Horizontal lines across most of the chart's plot in one saturated, opaque colour: threshold lines
   * (target, at risk). uPlot draws them on its canvas, so the pixels are what a user sees.
   */
  async horizontalLines(): Promise<Array<{ y: number; rgb: [number, number, number]; share: number }>> {
    const canvas = this.chart.locator('canvas').first();
    await expect(canvas).toBeVisible({ timeout: 30_000 });
    return canvas.evaluate((el: HTMLCanvasElement) => {
      const ctx = el.getContext('2d');
      if (!ctx) {
        return [];
      }
      const { width, height } = el;
      const { data } = ctx.getImageData(0, 0, width, height);
      const lines: Array<{ y: number; rgb: [number, number, number]; share: number }> = [];
      for (let y = 0; y < height; y++) {
        const counts = new Map<string, number>();
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
          if (a > 200 && Math.max(r, g, b) - Math.min(r, g, b) > 60) {
            const key = `${r},${g},${b}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
        }
        for (const [key, n] of counts) {
          if (n > width * 0.5) {
            lines.push({ y, rgb: key.split(',').map(Number) as [number, number, number], share: n / width });
          }
        }
      }
      return lines;
    });
  }
}

/** The scorecard panel wherever it is mounted (a panel preview, a preset). */
export class ScorecardPanel {
  readonly root: Locator;
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId(scorecardTestIds.panel);
    this.cards = page.getByTestId(scorecardTestIds.card);
  }

  /** Every card's KPI id, status and value as shown, once no card is loading any more. */
  async readCards(): Promise<Array<{ id: string; status: string; value: string }>> {
    await expect(this.root.getByTestId(scorecardTestIds.loading)).toHaveCount(0, { timeout: 60_000 });
    return this.cards.evaluateAll(
      (els, valueId) =>
        els.map((el) => ({
          id: el.getAttribute('data-kpi') ?? '',
          status: el.querySelector('[data-status]')?.getAttribute('data-status') ?? '',
          value: el.querySelector(`[data-testid="${valueId}"]`)?.textContent ?? '',
        })),
      scorecardTestIds.value
    );
  }
}

export class PresetPage {
  readonly panels: Locator;
  /** The panels the app's scorecard panel draws (the others are Grafana's core panels' stand-ins). */
  readonly scorecards: Locator;
  readonly variables: Locator;

  constructor(readonly page: Page) {
    this.panels = page.getByTestId('preview-preset-panel');
    this.scorecards = this.panels.and(page.locator('[data-type="kpi-scorecard-panel"]'));
    this.variables = page.getByTestId('preview-preset-variable');
  }

  async goto(dashboard: string, theme: Theme = 'dark', query = '') {
    await this.page.goto(`/preview/preset?dashboard=${dashboard}&${as('Viewer', theme)}${query ? `&${query}` : ''}`);
    await expect(this.page.getByTestId('preview-preset')).toBeVisible({ timeout: 30_000 });
    await expect(this.panels.first()).toBeVisible();
  }

  /** A panel by its title as shown (variables filled in). */
  panel(title: string): Locator {
    return this.panels.and(this.page.locator(`[data-title="${title}"]`));
  }

  /** The options a variable's picker offers, as their texts ("All" first when it has one). */
  async variableOptions(name: string): Promise<string[]> {
    const picker = this.variables.and(this.page.locator(`[data-name="${name}"]`));
    await picker.getByRole('combobox').click();
    const options = await this.page.getByRole('option').allTextContents();
    await this.page.keyboard.press('Escape');
    return options.map((o) => o.trim());
  }

  /** Picks one option (by its text) in a variable's picker, as a user would. */
  async chooseVariable(name: string, option: string) {
    const picker = this.variables.and(this.page.locator(`[data-name="${name}"]`));
    await picker.getByRole('combobox').click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await this.page.keyboard.press('Escape');
  }

  /** Every scorecard panel has finished loading its catalog and evaluating its KPIs. */
  async settled() {
    await expect(this.page.getByTestId(scorecardTestIds.panel)).toHaveCount(await this.scorecards.count(), {
      timeout: 30_000,
    });
    await expect(this.page.getByTestId(scorecardTestIds.loading)).toHaveCount(0, { timeout: 60_000 });
    await expect(this.page.getByText('Loading the KPI catalog…')).toHaveCount(0);
  }
}

export class CatalogEditorPage {
  readonly container: Locator;
  readonly save: Locator;
  readonly conflict: Locator;

  constructor(readonly page: Page) {
    this.container = page.getByTestId(testIds.editor.container);
    this.save = page.getByTestId(testIds.editor.save);
    this.conflict = page.getByTestId(testIds.editor.conflict);
  }

  async goto(role: Role = 'Admin') {
    await this.page.goto(`${APP_URL}/manage?${as(role)}`);
  }

  /** A KPI's form, a page of its own under the editor (`manage/kpi/<id>`). */
  async gotoKpi(id: string, role: Role = 'Admin') {
    await this.page.goto(`${APP_URL}/manage/kpi/${encodeURIComponent(id)}?${as(role)}`);
  }

  /** The path of the editor's list, or of a KPI's form, as the address bar shows it (any query after it). */
  static path(kpiId?: string): RegExp {
    // What encodeURIComponent leaves that a RegExp reads as more than itself: . * ( )
    const form = kpiId === undefined ? '' : `/kpi/${encodeURIComponent(kpiId)}`.replace(/[.*()]/g, '\\$&');
    return new RegExp(`${APP_URL}/manage${form}(\\?.*)?$`);
  }

  /** The breadcrumb above the page's title (the preview host draws Grafana's for drilldown pages). */
  get breadcrumb(): Locator {
    return this.page.getByRole('navigation', { name: 'Breadcrumbs' });
  }

  async editKpi(name: string) {
    await this.container.getByRole('row').filter({ hasText: name }).getByRole('button', { name: 'Edit' }).click();
  }

  field(label: string): Locator {
    return this.container.getByRole('textbox', { name: label, exact: true });
  }

  /** The KPI form's query and its preview (issue #19.6). */
  get kpiQuery() {
    const { page, container } = this;
    return {
      /** The preview host's Prometheus query editor (a labelled stand-in for Grafana's). */
      editor: container.getByRole('textbox', { name: 'PromQL query (stand-in)' }),
      yaml: container.getByRole('textbox', { name: 'Query', exact: true }),
      asYaml: container.getByRole('switch', { name: 'Edit as YAML' }),
      previewButton: page.getByTestId(testIds.editor.previewButton),
      preview: page.getByTestId(testIds.editor.preview),
      status: page.getByTestId(testIds.editor.previewStatus).locator('[data-status]'),
      value: page.getByTestId(testIds.editor.previewValue),
      error: page.getByTestId(testIds.editor.previewError),
      async pickDatasource(name: string) {
        await container.getByRole('combobox', { name: 'Select a data source' }).click();
        await page.getByRole('option', { name }).click();
      },
    };
  }
}

/** Every element the app offers to change the catalog: edit links and buttons, the editor's save. */
export function editControls(page: Page): Locator {
  return page
    .getByTestId(testIds.kpiDetail.editLink)
    .or(page.getByTestId(testIds.appConfig.manageLink))
    .or(page.getByTestId(testIds.editor.save))
    .or(page.getByRole('link', { name: /edit|manage/i }))
    .or(page.getByRole('button', { name: /edit|manage|save/i }));
}

/** The Reports page: a closed period's report, its picker, its download and its groups. */
export class ReportsPage {
  readonly container: Locator;
  readonly download: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.container = page.getByTestId(testIds.reports.container);
    this.download = page.getByTestId(testIds.reports.download);
    this.rows = page.locator(`[data-testid^="${testIds.reports.row('')}"]`);
  }

  async goto(query = '', role: Role = 'Viewer', theme: Theme = 'dark') {
    await this.page.goto(`${APP_URL}/reports?${as(role, theme)}${query ? `&${query}` : ''}`);
    await expect(this.container).toBeVisible({ timeout: 30_000 });
  }

  /** Picks a kind (Month, Quarter, Year) and one of its closed periods by its name ("Q3 2026"). */
  async pick(kind: string, name: string) {
    await this.page.getByRole('radio', { name: kind }).click();
    await this.page.getByRole('combobox', { name: 'Closed period' }).click();
    await this.page.getByRole('option', { name }).click();
  }

  /** The report is in: its download is enabled once every KPI at both closes has been evaluated. */
  async settled() {
    await expect(this.download).toBeEnabled({ timeout: 90_000 });
  }

  /** The CSV the download button saves, as text. */
  async downloadedCsv(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.download.click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
    }
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
}
