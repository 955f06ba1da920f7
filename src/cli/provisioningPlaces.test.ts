import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runMain } from './testing/cliHarness';

// A catalog in a provisioning file has its places under apps[N].jsonData.catalog: every command names them so.
const fixture = (name: string) => join(__dirname, '..', 'test-fixtures', name);
const dir = mkdtempSync(join(tmpdir(), 'kpi-places-'));
let files = 0;

async function kpi(...argv: string[]) {
  const { code, err } = await runMain(...argv);
  return { code, err };
}

/** A provisioning file whose app (the second one) holds `catalog` as its jsonData.catalog. */
function provisioning(catalog: string): string {
  const file = join(dir, `provisioning-${++files}.yaml`);
  const indented = catalog.replace(/^/gm, '        ');
  writeFileSync(
    file,
    `apiVersion: 1\napps:\n  - type: other-app\n  - type: kpi-scorecards-app\n    jsonData:\n      catalog:\n${indented}\n`
  );
  return file;
}

const evaluate = (catalog: string) =>
  kpi('evaluate', '--catalog', catalog, '--response', fixture('response.jsonc'), '--now', '2026-03-18T12:00:00Z');

describe('places in a provisioning file', () => {
  it('kpi evaluate names a catalog error at its place in the file, as kpi validate does', async () => {
    const file = provisioning(`apiVersion: kpi-scorecards/v1
kind: KpiCatalog
kpis: []
scorecards:
  - { id: exec, title: Exec, select: { ids: [ghost] } }`);
    const line = `${file}: apps[1].jsonData.catalog.scorecards[0] (exec).select.ids[0]: no KPI with id 'ghost'`;
    expect(await evaluate(file)).toEqual({ code: 0, err: [line] });
    expect((await kpi('validate', file)).code).toBe(1);
  });

  it('kpi evaluate names a catalog that is no catalog by the place it has in the file', async () => {
    const file = provisioning('[]');
    expect(await evaluate(file)).toEqual({
      code: 0,
      err: [`${file}: apps[1].jsonData.catalog: must be a KpiCatalog object with apiVersion, kind and kpis`],
    });
  });

  it('kpi check names a bad KPI at its place in the file', async () => {
    const token = process.env.GRAFANA_TOKEN;
    process.env.GRAFANA_TOKEN = 'glsa_never_sent';
    try {
      // The only KPI is invalid: nothing is asked of Grafana, and the gate cannot pass (exit 2).
      const file = fixture('provisioning.yaml');
      const result = await kpi('check', '--grafana', 'http://127.0.0.1:9', '--catalog', file);
      expect(result).toEqual({ code: 2, err: [`${file}: apps[0].jsonData.catalog.kpis[0] (mttr).owner: required`] });
    } finally {
      if (token === undefined) {
        delete process.env.GRAFANA_TOKEN;
      } else {
        process.env.GRAFANA_TOKEN = token;
      }
    }
  });
});
