import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { scorecardTestIds } from '../../src/panels/scorecard/testIds';
import { PresetPage } from './pageObjects';

// The scorecard panel reads its KPIs through the KPI datasource: the preset's panel in the preview shows them,
// its Inspect > Data (the preview's stand-in for Grafana's tab) lists the KPI table, and the CSV it downloads
// (toCSV) has one row per KPI the panel shows, over all its pages of cards.
test('a preset panel’s Inspect data downloads a CSV whose rows are the KPIs it shows', async ({ page }) => {
  const preset = new PresetPage(page);
  await preset.goto('executive');
  await preset.settled();
  const panel = preset.panels.filter({ has: page.getByTestId(scorecardTestIds.card) }).first();
  // Every page of cards (the panel pages to its size): the KPIs it shows.
  const readPage = () =>
    panel.getByTestId(scorecardTestIds.card).evaluateAll((cards) => cards.map((c) => c.getAttribute('data-kpi') ?? ''));
  const pageButtons = panel.getByRole('button', { name: /^\d+$/ });
  const pages = await pageButtons.count();
  const names: string[] = [];
  for (let p = 0; p < Math.max(pages, 1); p++) {
    if (pages > 0) {
      await pageButtons.nth(p).click();
    }
    names.push(...(await readPage()));
  }
  expect(names.length).toBeGreaterThan(0);

  await panel.getByRole('button', { name: 'Inspect data' }).click();
  const inspect = page.getByTestId('preview-inspect-data');
  await expect(inspect).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    inspect.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  const columns = header.split(',').map((c) => c.replace(/"/g, ''));
  expect(columns.slice(0, 4)).toEqual(['id', 'name', 'status', 'value']);
  const csvIds = lines.map((line) => line.split(',')[0].replace(/"/g, ''));
  expect(csvIds.sort()).toEqual(names.sort());
});
