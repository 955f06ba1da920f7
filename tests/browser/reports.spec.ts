import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import {
  collectPageErrors,
  ReportsPage,
  SCREENSHOTS,
  SettingsApi,
  skipWithoutPrometheus,
  type Theme,
} from './pageObjects';

/**
 * Issue 16.4: the Reports page on the last closed quarter of the demo (Q3 2026 on 2026-12-06; the demo's 200 days
 * of history always hold the whole last closed quarter). Its CSV is the one `kpi report` prints for the same
 * period, selection and zone; it prints to A4 with every KPI and none of the page's controls.
 */
const ZONE = 'Europe/Berlin';
test.use({ timezoneId: ZONE });
const root = join(__dirname, '..', '..');

/** The last closed quarter in the zone, as `kpi report` writes it (2026-Q3) and as the picker names it (Q3 2026). */
function lastClosedQuarter(now = new Date()) {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, year: 'numeric', month: 'numeric' }).formatToParts(
    now
  );
  const year = Number(parts.find((p) => p.type === 'year')!.value);
  const quarter = Math.ceil(Number(parts.find((p) => p.type === 'month')!.value) / 3);
  const [y, q] = quarter === 1 ? [year - 1, 4] : [year, quarter - 1];
  const month = Number(parts.find((p) => p.type === 'month')!.value);
  const lastMonth = new Date(Date.UTC(month === 1 ? year - 1 : year, month === 1 ? 11 : month - 2, 15));
  const monthName = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    lastMonth
  );
  return { label: `${y}-Q${q}`, name: `Q${q} ${y}`, monthName };
}

function kpiReport(baseURL: string, ...args: string[]): string {
  return execFileSync(process.execPath, [join(root, 'scripts/kpi.mjs'), 'report', '--grafana', baseURL, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, GRAFANA_TOKEN: 'glsa_preview' },
  });
}

test.beforeEach(async ({ request }) => {
  await skipWithoutPrometheus(request);
});

test("the last closed quarter's CSV is the one `kpi report` prints for it", async ({ page, baseURL, request }) => {
  const errors = collectPageErrors(page);
  const quarter = lastClosedQuarter();
  const reports = new ReportsPage(page);
  await reports.goto();
  // From the last closed month to the last closed quarter, through the picker.
  await reports.pick('Month', quarter.monthName);
  await expect(page).toHaveURL(/period=\d{4}-\d\d(&|$)/);
  await reports.pick('Quarter', quarter.name);
  await expect(page).toHaveURL(new RegExp(`period=${quarter.label}`));
  await reports.settled();
  const kpis = (await new SettingsApi(request).get()).jsonData.catalog.kpis as Array<{ id: string }>;
  await expect(reports.rows).toHaveCount(kpis.length);

  const downloaded = await reports.downloadedCsv();
  expect(downloaded.name).toBe(`kpi-report-${quarter.label}.csv`);
  const printed = kpiReport(baseURL!, '--period', quarter.label, '--tz', ZONE);
  expect(downloaded.text).toBe(printed);
  // One record per KPI after the header, each ended by CRLF; the period is Berlin's (+02:00 in July).
  const records = printed.split('\r\n').slice(1, -1);
  expect(records.map((r) => r.split(',')[5]).sort()).toEqual(kpis.map((k) => k.id).sort());
  expect(records[0]).toMatch(new RegExp(`^${quarter.label},\\d{4}-\\d\\d-01T00:00:00\\+0[12]:00,`));
  // The demo's designed statuses: a closed quarter of it is not all one status, and most KPIs have a value.
  const statuses = records.map((r) => r.match(/,(on-track|at-risk|off-track|no-data|stale|error),/)?.[1]);
  expect(new Set(statuses).size).toBeGreaterThanOrEqual(2);

  // A team's report is the same as `--select team=...`.
  await page.getByRole('combobox', { name: 'Team or objective' }).click();
  await page.getByRole('option', { name: 'Team: sre' }).click();
  await expect(page).toHaveURL(/team=sre/);
  await reports.settled();
  const sre = await reports.downloadedCsv();
  expect(sre.name).toBe(`kpi-report-${quarter.label}-sre.csv`);
  expect(sre.text).toBe(kpiReport(baseURL!, '--period', quarter.label, '--tz', ZONE, '--select', 'team=sre'));
  expect(errors).toEqual([]);
});

test('the report prints to A4: every KPI, no controls or navigation, no row cut', async ({ page, request }) => {
  const quarter = lastClosedQuarter();
  const reports = new ReportsPage(page);
  await reports.goto(`period=${quarter.label}`, 'Viewer', 'dark');
  await reports.settled();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(root, SCREENSHOTS, 'report-print.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((p) => p.trim() !== '');
  // 22 KPIs in four groups: a few pages, not one per screenful of Grafana's scrolling container, nor one.
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(pages.length).toBeLessThanOrEqual(6);
  const kpis = (await new SettingsApi(request).get()).jsonData.catalog.kpis as Array<{ id: string; name: string }>;
  // Every KPI is there, its row whole: its name and its id (the two lines of its first cell) on one page.
  for (const kpi of kpis) {
    const on = pages.filter((p) => p.includes(kpi.id));
    expect(on, kpi.id).toHaveLength(1);
    expect(on[0].replace(/\s+/g, ' '), kpi.id).toContain(kpi.name);
  }
  expect(text).toContain(`KPI report: ${quarter.name}`);
  for (const control of ['Download CSV', 'Closed period', 'Team or objective']) {
    expect(text).not.toContain(control);
  }
  // Black on white from the dark theme, margins included: each page's corner pixel is white.
  for (let n = 1; n <= pages.length; n++) {
    const corner = join(root, SCREENSHOTS, 'report-print-corner');
    execFileSync(
      'pdftoppm',
      ['-r', '20', '-f', `${n}`, '-l', `${n}`, '-x', '2', '-y', '2', '-W', '1', '-H', '1'].concat([
        '-singlefile',
        file,
        corner,
      ])
    );
    expect([...readFileSync(`${corner}.ppm`).subarray(-3)], `page ${n}'s corner`).toEqual([255, 255, 255]);
  }
  // For a person to look at: the first page as an image.
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, join(root, SCREENSHOTS, 'report-print')]);
});

for (const theme of ['dark', 'light'] as Theme[]) {
  test(`screenshot at 1024 px (${theme})`, async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.setViewportSize({ width: 1024, height: 900 });
    const reports = new ReportsPage(page);
    await reports.goto(`period=${lastClosedQuarter().label}`, 'Viewer', theme);
    await reports.settled();
    await page.waitForLoadState('networkidle');
    // Nothing runs past the right edge at 1024 px: the tables wrap, the page does not scroll sideways.
    const overflow = await reports.container.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOTS}/reports-${theme}.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
}
