/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import { runMain } from './testing/cliHarness';

// The README's first commands run on a fresh clone against examples/: they must keep working as written.
const root = join(__dirname, '..', '..');
const example = (name: string) => join(root, 'examples', name);

const kpi = runMain;

it('the README names a catalog the repository has, and validate says it is clean', async () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  expect(readme).toContain('kpi -- validate examples/catalog.yaml provisioning/plugins/app.yaml');
  expect(await kpi('validate', example('catalog.yaml'))).toEqual({
    code: 0,
    out: [`${example('catalog.yaml')}: 4 KPIs, no problems`],
    err: [],
  });
});

it("examples/request.json asks each KPI's own query under its id", () => {
  const catalog = parse(readFileSync(example('catalog.yaml'), 'utf8'));
  const request = JSON.parse(readFileSync(example('request.json'), 'utf8'));
  expect(request.queries.map((q: { refId: string }) => q.refId)).toEqual(catalog.kpis.map((k: { id: string }) => k.id));
  request.queries.forEach(({ refId, range, intervalMs, maxDataPoints, ...query }: Record<string, unknown>, i: number) =>
    expect(query).toEqual(catalog.kpis[i].query)
  );
});

it('evaluate on the saved answer judges every KPI of the example, none failed or without data', async () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const now = /--response examples\/answer\.json --now (\S+)/.exec(readme)?.[1];
  expect(now).toBeDefined();
  const { code, out } = await kpi(
    'evaluate',
    '--catalog',
    example('catalog.yaml'),
    '--response',
    example('answer.json'),
    '--now',
    now!
  );
  expect(code).toBe(0);
  const results = JSON.parse(out.join('\n'));
  expect(results.map((r: { id: string }) => r.id)).toEqual([
    'deployment-frequency',
    'change-failure-rate',
    'oncall-pages',
    'mttr',
  ]);
  for (const r of results) {
    expect(['on-track', 'at-risk', 'off-track']).toContain(r.status);
    expect(typeof r.value).toBe('number');
  }
});
