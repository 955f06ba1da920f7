import { expect, test } from '@playwright/test';

import { scorecardTestIds } from '../../src/panels/scorecard/testIds';
import { APP_URL, as, collectPageErrors, SCREENSHOTS, type Theme } from './pageObjects';

// Issue 19, "the first hour", each point checked the way it was found: at 1024 px, dark and light, keyboard.
test.use({ viewport: { width: 1024, height: 900 } });

for (const theme of ['dark', 'light'] as Theme[]) {
  test(`objectives (${theme}): the badge beside the title, each KPI's value against its target, what holds it back`, async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto(`${APP_URL}/objectives?${as('Viewer', theme)}`);
    const card = page.getByTestId('data-testid objective reliable-platform');
    await expect(card.getByText(/Held back by|Every KPI is on track/)).toBeVisible({ timeout: 60_000 });
    await expect(card).toContainText(/Target ≥ 99\.9%/);
    await expect(card).not.toContainText(/99\.900%|lastNotNull|percentunit/);
    // The roll-up badge sits on the title's line, left of it, not floating mid-card.
    const title = card.getByRole('link', { name: 'Keep the platform reliable' });
    const badge = card.locator('[data-status]').first();
    const [t, b] = [await title.boundingBox(), await badge.boundingBox()];
    expect(Math.abs(t!.y + t!.height / 2 - (b!.y + b!.height / 2))).toBeLessThan(8);
    expect(b!.x + b!.width).toBeLessThanOrEqual(t!.x);
    await page.screenshot({ path: `${SCREENSHOTS}/objectives-1024-${theme}.png` });
    expect(errors).toEqual([]);
  });

  test(`scorecards (${theme}): the list in words with status counts; cards never overlap badge and name`, async ({
    page,
  }) => {
    await page.goto(`${APP_URL}/scorecards?${as('Viewer', theme)}`);
    const list = page.getByTestId('data-testid scorecards-container');
    await expect(list).toContainText('Objective: Grow retained revenue');
    await expect(list).not.toContainText(/objective=|\| cards/);
    await expect(list.locator('[data-status="off-track"]').first()).toBeVisible({ timeout: 60_000 });
    await page.screenshot({ path: `${SCREENSHOTS}/scorecards-list-1024-${theme}.png` });

    await page.setViewportSize({ width: 700, height: 900 });
    await page.goto(`${APP_URL}/scorecards/exec-revenue?${as('Viewer', theme)}`);
    // The scorecard page shows the scorecard panel: its card for the KPI.
    const card = page.getByTestId(scorecardTestIds.card).filter({ hasText: '30-day retention' });
    const badge = card.locator('[data-status]');
    await expect(badge).not.toHaveAttribute('data-status', 'loading', { timeout: 60_000 });
    const name = card.getByText('30-day retention', { exact: true });
    const [n, b] = [await name.boundingBox(), await badge.boundingBox()];
    const overlap =
      b!.x < n!.x + n!.width && n!.x < b!.x + b!.width && b!.y < n!.y + n!.height && n!.y < b!.y + b!.height;
    expect(overlap).toBe(false);
    await page.screenshot({ path: `${SCREENSHOTS}/scorecard-700-${theme}.png` });
  });
}

test('accessibility: named filters and refresh button, reached by keyboard', async ({ page }) => {
  await page.goto(`${APP_URL}/catalog?${as('Viewer')}`);
  for (const name of ['Team', 'Category', 'Type', 'Status', 'Tag', 'Objective']) {
    await expect(page.getByRole('combobox', { name })).toBeVisible({ timeout: 30_000 });
  }
  const refresh = page.getByRole('button', { name: 'Refresh', exact: true });
  await expect(refresh).toBeVisible();
  // Keyboard only: Tab reaches the refresh button.
  let reached = false;
  for (let i = 0; i < 10 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await refresh.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.screenshot({ path: `${SCREENSHOTS}/catalog-1024-dark.png` });
});

test('a KPI page says how it is computed in words, in its unit, with unpadded targets', async ({ page }) => {
  await page.goto(`${APP_URL}/kpi/api-availability?${as('Viewer', 'light')}`);
  const definition = page.getByTestId('data-testid kpi-detail-definition');
  await expect(definition).toContainText('The average of the query over the last 30 days, in Percent (0-100).');
  await expect(definition).toContainText(
    'on track at 99.925% or more (a quarter of its error budget left), at risk from 99.9%'
  );
  await expect(definition).not.toContainText(/mean of|30d|99\.900%/);
  await page.screenshot({ path: `${SCREENSHOTS}/kpi-words-1024-light.png` });
});

test('the catalog fits at 1024 px: the Type column and the last cell are within the viewport', async ({ page }) => {
  await page.goto(`${APP_URL}/catalog?${as('Viewer')}`);
  const header = page.getByRole('columnheader', { name: 'Type' });
  await expect(header).toBeVisible();
  const box = await header.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(1024);
  const cell = page.getByRole('row').nth(1).getByRole('cell').last();
  const cellBox = await cell.boundingBox();
  expect(cellBox!.x + cellBox!.width).toBeLessThanOrEqual(1024);
});
