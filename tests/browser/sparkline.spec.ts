import { expect, test } from '@playwright/test';

import { collectPageErrors, ScorecardPanel } from './pageObjects';

/**
 * The cards' sparklines are canvases, which jsdom cannot draw: here Chromium's pixels say that every card shows
 * its trend and its dashed target line (KpiSparkline.test.tsx checks where they go).
 */
test('every card draws its trend and a dashed target line', async ({ page }) => {
  const errors = collectPageErrors(page);
  const options = { selectBy: 'selector', layout: 'cards', sort: 'catalog', showSparkline: true };
  await page.goto(
    `/preview/panel?plugin=kpi-scorecard-panel&width=1240&height=1700&role=Viewer` +
      `&options=${encodeURIComponent(JSON.stringify(options))}`
  );
  const panel = new ScorecardPanel(page);
  await expect(panel.root).toBeVisible({ timeout: 30_000 });
  // Until a first answer the panel says it is querying, with no cards yet.
  await expect(panel.cards.first()).toBeVisible({ timeout: 60_000 });
  const cards = await panel.readCards();
  const withValue = cards.filter((c) => /\d/.test(c.value)).length;

  const sparklines = panel.root.getByRole('img', { name: 'Trend over the window with the target line' });
  // A card without a value (no data, an error) has no trend to draw.
  await expect(sparklines).toHaveCount(withValue);
  expect(withValue).toBeGreaterThan(10);
  const drawings = await sparklines.evaluateAll((canvases) =>
    (canvases as HTMLCanvasElement[]).map((canvas) => {
      const { width, height } = canvas;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, width, height);
      const opaque = (x: number, y: number) => data[(y * width + x) * 4 + 3] > 100;
      let columnsWithInk = 0;
      for (let x = 0; x < width; x++) {
        let ink = false;
        for (let y = 0; y < height && !ink; y++) {
          ink = opaque(x, y);
        }
        columnsWithInk += ink ? 1 : 0;
      }
      // A dashed row: inked runs with gaps between them, many of them across the width.
      let dashedRows = 0;
      for (let y = 0; y < height; y++) {
        let runs = 0;
        for (let x = 0; x < width; x++) {
          runs += opaque(x, y) && (x === 0 || !opaque(x - 1, y)) ? 1 : 0;
        }
        dashedRows += runs > width / 10 ? 1 : 0;
      }
      return { width, columnsWithInk, dashedRows };
    })
  );
  for (const { width, columnsWithInk, dashedRows } of drawings) {
    // The trend spans the window: ink in nearly every column.
    expect(columnsWithInk).toBeGreaterThan(width * 0.9);
    expect(dashedRows).toBeGreaterThanOrEqual(1);
  }
  expect(errors).toEqual([]);
});
