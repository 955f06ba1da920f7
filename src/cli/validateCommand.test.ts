/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform; its Node build is what the CLI uses too.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { main } from './kpi';
import { runMain } from './testing/cliHarness';

const fixture = (name: string) => join(__dirname, '..', 'test-fixtures', name);

const validate = (...files: string[]) => runMain('validate', ...files);

describe('kpi validate', () => {
  it('exits 0 and says how many KPIs a clean catalog has', async () => {
    const file = fixture('catalog.yaml');
    expect(await validate(file)).toEqual({ code: 0, out: [`${file}: 9 KPIs, no problems`], err: [] });
  });

  it('counts the warnings of a file without errors, after them', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kpi-validate-')), 'catalog.yaml');
    writeFileSync(
      file,
      [
        'apiVersion: kpi-scorecards/v1',
        'kind: KpiCatalog',
        'kpis:',
        '  - { id: mttr, name: MTTR, team: sre, owner: sam, type: lagging, direction: lower-is-better,',
        '      target: { value: 60 }, window: 7d, query: { datasource: { uid: prom }, expr: mttr } }',
      ].join('\n')
    );
    const { code, out } = await validate(file);
    expect(code).toBe(0);
    expect(out.at(-1)).toBe(`${file}: 1 KPI, no errors, ${out.length - 1} warnings`);
    expect(out.length).toBeGreaterThan(2);
  });

  it('exits 1 and prints every problem as FILE: PLACE: MESSAGE, warnings marked', async () => {
    const file = fixture('bad-catalog.yaml');
    expect(await validate(file)).toEqual({
      code: 1,
      out: [
        `${file}: kpis[0] (deploys).links[0].url: only http(s) links are allowed, got 'javascript:alert(1)'`,
        `${file}: kpis[2] (mttr).owner: required`,
        `${file}: kpis[2] (mttr).target.atRisk: must not be below target.value (60) for lower-is-better`,
      ],
      err: [],
    });
  });

  it('names the place inside a provisioning file', async () => {
    const file = fixture('provisioning.yaml');
    expect(await validate(file)).toEqual({
      code: 1,
      out: [
        `${file}: apps[0].jsonData.catalog.kpis[0] (mttr).owner: required`,
        `${file}: apps[0].jsonData.catalog.kpis[0] (mttr).team: warning: team 'sre' has only lagging KPIs: add leading indicators so cause and effect are both watched`,
      ],
      err: [],
    });
  });

  it("exits 2 for a file it cannot parse, with the parser's line and column", async () => {
    const file = fixture('unparsable.yaml');
    const result = await validate(file);
    expect(result.code).toBe(2);
    expect(result.err).toEqual([
      `${file}: line 6, column 5: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
  });

  it('exits 2 for a .json file that is not JSON, though YAML would read it, with the line and column', async () => {
    // Written here: prettier (npm run lint:fix) would take the comma out of a fixture file.
    const file = join(mkdtempSync(join(tmpdir(), 'kpi-validate-')), 'catalog.json');
    writeFileSync(file, '{\n  "apiVersion": "kpi-scorecards/v1",\n  "kind": "KpiCatalog",\n  "kpis": [],\n}\n');
    expect(await validate(file)).toEqual({
      code: 2,
      out: [],
      err: [`${file}: line 5, column 1: Expected double-quoted property name in JSON`],
    });
  });

  it('reads a .json file saved with a byte order mark', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kpi-validate-')), 'catalog.json');
    writeFileSync(file, '\uFEFF{"apiVersion": "kpi-scorecards/v1", "kind": "KpiCatalog", "kpis": []}\n');
    expect(await validate(file)).toEqual({ code: 0, out: [`${file}: 0 KPIs, no problems`], err: [] });
  });

  it('checks every file, and exits 2 when one cannot be read even if another has errors', async () => {
    const result = await validate(fixture('bad-catalog.yaml'), 'no-such-file.yaml', fixture('catalog.yaml'));
    expect(result.code).toBe(2);
    expect(result.out).toHaveLength(4);
    expect(result.out[3]).toBe(`${fixture('catalog.yaml')}: 9 KPIs, no problems`);
    expect(result.err).toEqual(['no-such-file.yaml: cannot read: no such file']);
  });

  it('exits 2 without a file', async () => {
    expect(await validate()).toEqual({
      code: 2,
      out: [],
      err: ['kpi: validate needs at least one FILE (a catalog, or an app provisioning file)'],
    });
  });
});

describe('kpi validate: the size budget', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-budget-'));
  const bigCatalog = (kpis: number) =>
    JSON.stringify({
      apiVersion: 'kpi-scorecards/v1',
      kind: 'KpiCatalog',
      kpis: Array.from({ length: kpis }, (_, i) => ({
        id: `kpi-${i}`,
        name: `KPI ${i}`,
        description: 'x'.repeat(600),
        team: `team-${Math.floor(i / 5)}`,
        owner: 'owner@example.com',
        type: i % 2 ? 'leading' : 'lagging',
        direction: 'higher-is-better',
        target: { value: 10 },
        window: '7d',
        cadence: 'weekly',
        query: { datasource: { type: 'prometheus', uid: 'p' }, expr: `sum(kpi_${i})` },
      })),
    });

  it('refuses a catalog over 64 KiB by default, naming its size and the budget; --budget raises it', async () => {
    const file = join(dir, 'big.json');
    writeFileSync(file, bigCatalog(100));
    const refused = await validate(file);
    expect(refused.code).toBe(1);
    expect(refused.out).toEqual([
      expect.stringMatching(
        new RegExp(`^${file}: \\(document\\): the catalog is \\d+\\.\\d KiB .*over its size budget of 64\\.0 KiB`)
      ),
    ]);
    const out: string[] = [];
    expect(
      await main(
        ['validate', '--budget', '1024', file],
        (l) => out.push(l),
        () => undefined
      )
    ).toBe(0);
    expect(out).toEqual([expect.stringMatching(/big\.json: 100 KPIs, no problems$/)]);
  });

  it('warns from 75% of the budget, and reads a provisioning file`s own catalogBudgetKiB', async () => {
    const file = join(dir, 'near.json');
    writeFileSync(file, bigCatalog(60));
    const near = await validate(file);
    expect(near.code).toBe(0);
    expect(near.out).toEqual([
      expect.stringMatching(/\(document\): warning: the catalog is .*% of its size budget of 64\.0 KiB$/),
      expect.stringMatching(/near\.json: 60 KPIs, no errors, 1 warning$/),
    ]);
    const provisioning = join(dir, 'app.yaml');
    writeFileSync(
      provisioning,
      `apiVersion: 1\napps:\n  - type: kpi-scorecards-app\n    jsonData:\n      catalogBudgetKiB: 1024\n      catalog: ${bigCatalog(100)}\n`
    );
    expect(await validate(provisioning)).toEqual({
      code: 0,
      out: [expect.stringMatching(/app\.yaml: 100 KPIs, no problems$/)],
      err: [],
    });
  });

  it('exits 2 on a --budget that is not a positive number', async () => {
    const err: string[] = [];
    expect(
      await main(
        ['validate', '--budget', '64k', fixture('catalog.yaml')],
        () => undefined,
        (l) => err.push(l)
      )
    ).toBe(2);
    expect(err).toEqual(['kpi: --budget: not a positive number of KiB: "64k"']);
  });
});
