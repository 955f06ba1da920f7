/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { readCatalogText } from '../kpi/catalogYaml';
import { type Kpi } from '../kpi/types';
import { repoRoot, runMain } from './testing/cliHarness';

// The demo's SLO KPIs (good/total on the demo Prometheus) out to OpenSLO and back, as a user runs the commands.
const demo = join(repoRoot, 'provisioning', 'plugins', 'app.yaml');
const dir = mkdtempSync(join(tmpdir(), 'kpi-openslo-'));

it('exports the demo SLOs as ratioMetrics, and imports them back as the same KPIs', async () => {
  const exported = await runMain('openslo', 'export', demo);
  expect(exported.code).toBe(0);
  expect(exported.err).toEqual([]);
  const text = exported.out.join('\n');
  expect(text.match(/^kind: SLO$/gm)).toHaveLength(2);
  expect(text.match(/ratioMetric:/g)).toHaveLength(2);
  expect(text).not.toContain('thresholdMetric');

  const file = join(dir, 'slos.yaml');
  writeFileSync(file, `${text}\n`);
  const imported = await runMain('openslo', 'import', file);
  // The objective they belong to is in the catalog they are merged into, not in the OpenSLO file.
  expect(imported.err).toEqual([
    "(imported catalog): kpis[0] (api-availability).objective: warning: no objective with id 'reliable-platform'",
    "(imported catalog): kpis[1] (checkout-availability).objective: warning: no objective with id 'reliable-platform'",
  ]);
  expect(imported.code).toBe(0);
  const back = readCatalogText(imported.out.join('\n')).catalog as { kpis: Kpi[] };
  const original = (readCatalogText(readFileSync(demo, 'utf8')).catalog as { kpis: Kpi[] }).kpis;
  expect(back.kpis).toEqual(
    back.kpis.map((k) => {
      const { revision: _r, history: _h, ...kpi } = original.find((o) => o.id === k.id)!;
      return kpi;
    })
  );
});

// OpenSLO's own example, from ../shared beside the repository (left out where it is not there).
const example = join(repoRoot, '..', 'shared', 'fixtures', 'slo', 'openslo', 'examples', 'ratio-timeslices.yaml');
(existsSync(example) ? it : it.skip)(
  'exits 1 on an OpenSLO file that lacks what the catalog needs, naming each place',
  async () => {
    const file = example;
    const imported = await runMain('openslo', 'import', file);
    expect(imported.code).toBe(1);
    expect(imported.err.map((line) => line.slice(file.length + 2).split(':')[0])).toEqual([
      '[0] (main-page).metadata.annotations.kpi-scorecards.app/team',
      '[0] (main-page).metadata.annotations.kpi-scorecards.app/owner',
      '[0] (main-page).metadata.annotations.kpi-scorecards.app/type',
      '[0] (main-page).spec.budgetingMethod',
      '[0] (main-page).metadata.annotations.kpi-scorecards.app/query',
    ]);
  }
);

it('reads an SLO whose SLI and DataSource are kept in other files named with it', async () => {
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const sources = write(
    'datasources.yaml',
    'apiVersion: openslo/v1\nkind: DataSource\nmetadata: { name: prom-main }\nspec: { type: prometheus, connectionDetails: {} }\n'
  );
  const slis = write(
    'slis.yaml',
    "apiVersion: openslo/v1\nkind: SLI\nmetadata: { name: avail-sli }\nspec:\n  thresholdMetric:\n    metricSource: { metricSourceRef: prom-main, spec: { expr: '100 * avail' } }\n"
  );
  const slo = write(
    'slos.yaml',
    `apiVersion: openslo/v1
kind: SLO
metadata:
  name: avail
  annotations: { kpi-scorecards.app/owner: ana@example.com, kpi-scorecards.app/team: sre, kpi-scorecards.app/type: lagging }
spec: { service: web, indicatorRef: avail-sli, timeWindow: [{ duration: 30d, isRolling: true }], budgetingMethod: Occurrences, objectives: [{ target: 0.995 }] }
`
  );
  const imported = await runMain('openslo', 'import', sources, slis, slo);
  expect(imported.err).toEqual([]);
  expect(imported.code).toBe(0);
  expect(readCatalogText(imported.out.join('\n')).catalog).toMatchObject({
    kpis: [{ id: 'avail', query: { expr: '100 * avail', datasource: { type: 'prometheus', uid: 'prom-main' } } }],
  });
  // Alone, the SLO file names the SLI it cannot find.
  expect((await runMain('openslo', 'import', slo)).err).toEqual([
    `${slo}: [0] (avail).spec.indicatorRef: no SLI document named 'avail-sli'`,
  ]);
});
