import { expect, test } from '@playwright/test';

import { collectPageErrors, KpiDetailPage } from './pageObjects';
import { trackQueries } from './waitForQueries';

test.describe('KPI detail', () => {
  test('shows the KPI over time with its target line', async ({ page }) => {
    const errors = collectPageErrors(page);
    const detail = new KpiDetailPage(page);
    const queriesSettled = trackQueries(page);
    await detail.goto('api-availability');

    await expect(page.getByRole('heading', { name: 'API availability', level: 1 })).toBeVisible();
    await expect(detail.value).toContainText('On track', { timeout: 60_000 });
    await expect(detail.chart).toBeVisible({ timeout: 30_000 });
    await expect(
      detail.chart.getByText('API availability over time').or(page.getByText('API availability over time'))
    ).toBeVisible();
    await queriesSettled(60_000);

    // uPlot draws the thresholds on the canvas at the edges the SLO is judged by: on track from a quarter of its
    // budget left (99.925%, green), at risk down to the objective (99.9%, orange), above the red "budget spent"
    // area. (The default band of 10% put the orange line at 89.91%, off the plot.)
    await expect
      .poll(async () => (await detail.horizontalLines()).length, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(2);
    const lines = await detail.horizontalLines();
    const green = lines.filter(({ rgb: [r, g, b] }) => g > r + 40 && g > b + 40);
    const orange = lines.filter(({ rgb: [r, g, b] }) => r > g + 40 && g > b + 40);
    expect(green.length, JSON.stringify(lines)).toBeGreaterThan(0);
    expect(orange.length, JSON.stringify(lines)).toBeGreaterThan(0);
    // Higher is better: the on-track line sits above the at-risk line.
    expect(Math.min(...green.map((l) => l.y))).toBeLessThan(Math.min(...orange.map((l) => l.y)));
    expect(errors).toEqual([]);
  });
});
