import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { testIds } from '../../src/testIds';
import { CatalogEditorPage, collectPageErrors, SettingsApi } from './pageObjects';

// The Import tab's OpenSLO download is the code `kpi openslo export` runs: on the catalog stored in the preview,
// the browser's file and the command's output are the same text, and it reads back as the same SLO KPIs.
test('the Import tab downloads the SLO KPIs as the OpenSLO documents kpi openslo export prints', async ({
  page,
  request,
}) => {
  const errors = collectPageErrors(page);
  const { jsonData } = await new SettingsApi(request).get();
  const editor = new CatalogEditorPage(page);
  await editor.goto('Admin');
  await page.getByRole('tab', { name: 'Import' }).click();
  const button = page.getByTestId(testIds.editor.openSloExport);
  await expect(button).toHaveText('Download SLO KPIs as OpenSLO (2)', { timeout: 30_000 });
  const download = page.waitForEvent('download');
  await button.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('kpi-slos.openslo.yaml');
  const text = readFileSync((await file.path())!, 'utf8');

  const catalogFile = join(mkdtempSync(join(tmpdir(), 'kpi-openslo-browser-')), 'catalog.json');
  writeFileSync(catalogFile, JSON.stringify(jsonData.catalog));
  const printed = execFileSync(process.execPath, ['scripts/kpi.mjs', 'openslo', 'export', catalogFile], {
    encoding: 'utf8',
  });
  expect(text).toBe(printed);
  expect(text.match(/ratioMetric:/g)).toHaveLength(2);
  expect(errors).toEqual([]);
});
