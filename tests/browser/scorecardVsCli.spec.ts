import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { collectPageErrors, ScorecardPanel, SettingsApi, skipWithoutPrometheus } from './pageObjects';

interface DsQueryBody {
  from: string;
  to: string;
  queries: Array<{ refId: string }>;
}
interface DsQueryAnswer {
  results: Record<string, unknown>;
}
interface Evaluated {
  id: string;
  status: string;
  value: number | null;
}

const root = join(__dirname, '..', '..');

/** The app's own value formatter (src/components/kpi/formatKpiValue.ts), bundled for Node as the CLI is. */
async function appFormatter() {
  const { bundleForNode } = (await import(join(root, 'scripts/bundleNode.mjs'))) as {
    bundleForNode: (entry: string, name: string) => Promise<string>;
  };
  const bundle = await bundleForNode('src/kpi/formatValue.ts', 'kpi-browser-tests/format.cjs');
  const mod = (await import(bundle)) as { formatKpiValue?: Format; default?: { formatKpiValue: Format } };
  return (mod.formatKpiValue ?? mod.default?.formatKpiValue)!;
}
type Format = (value: number, unit?: string, decimals?: number) => string;

test('the scorecard shows the statuses and values `kpi evaluate` gives on the same answers', async ({
  page,
  request,
}) => {
  await skipWithoutPrometheus(request);
  const errors = collectPageErrors(page);

  // A fixed "now" (the panel evaluates as of its range's end): a whole minute a few minutes ago.
  const now = new Date(Math.floor((Date.now() - 5 * 60_000) / 60_000) * 60_000);
  const nowMs = now.getTime();

  // Every /api/ds/query the panel makes, with the answer it got: the current window ends at now,
  // the previous period before it.
  const current: DsQueryAnswer = { results: {} };
  const previous: DsQueryAnswer = { results: {} };
  const currentFrom: Record<string, number> = {};
  const answered: Array<Promise<void>> = [];
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.endsWith('/api/ds/query')) {
      return;
    }
    answered.push(
      response.json().then((answer: DsQueryAnswer) => {
        const body = response.request().postDataJSON() as DsQueryBody;
        if (Number(body.to) !== nowMs) {
          Object.assign(previous.results, answer.results);
          return;
        }
        // The freshness request also ends at now, over a short recent span: the window's answer is the one that
        // reaches back furthest.
        for (const [refId, result] of Object.entries(answer.results)) {
          if (!(refId in currentFrom) || Number(body.from) < currentFrom[refId]) {
            currentFrom[refId] = Number(body.from);
            current.results[refId] = result;
          }
        }
      })
    );
  });

  const options = { selectBy: 'selector', layout: 'cards', sort: 'catalog', showSparkline: true, showDelta: true };
  // Tall enough that all 22 cards are on the first page.
  const url =
    `/preview/panel?plugin=kpi-scorecard-panel&width=1240&height=1700&role=Viewer` +
    `&from=now-24h&to=${encodeURIComponent(now.toISOString())}&options=${encodeURIComponent(JSON.stringify(options))}`;
  await page.goto(url);
  const panel = new ScorecardPanel(page);
  await expect(panel.root).toBeVisible({ timeout: 30_000 });
  await expect(panel.cards).toHaveCount(22, { timeout: 60_000 });
  const shown = await panel.readCards();
  await Promise.all(answered);

  const { jsonData } = await new SettingsApi(request).get();
  const kpis = jsonData.catalog.kpis as Array<{ id: string; unit?: string; decimals?: number }>;
  expect(Object.keys(current.results).sort()).toEqual(kpis.map((k) => k.id).sort());

  const dir = mkdtempSync(join(tmpdir(), 'kpi-browser-'));
  writeFileSync(join(dir, 'catalog.json'), JSON.stringify(jsonData.catalog));
  writeFileSync(join(dir, 'response.json'), JSON.stringify(current));
  writeFileSync(join(dir, 'previous.json'), JSON.stringify(previous));
  const stdout = execFileSync(
    process.execPath,
    [
      join(root, 'scripts/kpi.mjs'),
      'evaluate',
      '--catalog',
      join(dir, 'catalog.json'),
      '--response',
      join(dir, 'response.json'),
      '--previous',
      join(dir, 'previous.json'),
      '--now',
      now.toISOString(),
    ],
    { cwd: root, encoding: 'utf8', timeout: 120_000 }
  );
  const evaluated = JSON.parse(stdout) as Evaluated[];
  const format = await appFormatter();

  const expected = evaluated.map(({ id, status, value }) => {
    const kpi = kpis.find((k) => k.id === id)!;
    return {
      id,
      status,
      value: value === null || !Number.isFinite(value) ? 'No value' : format(value, kpi.unit, kpi.decimals),
    };
  });
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  expect(shown.sort(byId)).toEqual(expected.sort(byId));
  // The demo is designed to show every kind of status (scripts/demo/README.md); a panel stuck on one
  // would not be this. At least three, so a demo left running for weeks (stale turns no-data) still passes.
  expect(new Set(shown.map((c) => c.status)).size).toBeGreaterThanOrEqual(3);
  expect(shown.filter((c) => /^\d/.test(c.value)).length).toBeGreaterThan(15);
  expect(errors).toEqual([]);
});
