/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validCatalog } from '../../test-fixtures/catalogArbitrary';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { Kpi } from '../types';
import { fromOpenSlo } from './fromOpenSlo';
import { openSloDocuments } from './openSloText';
import { toOpenSlo } from './toOpenSlo';

/** ../shared/fixtures beside the repository (a worktree sits one level deeper: look up the parents). */
function findFixtures(dir = join(__dirname, '..', '..', '..', '..')): string {
  const here = join(dir, 'shared', 'fixtures', 'slo', 'openslo');
  if (existsSync(here) || dirname(dir) === dir) {
    return here;
  }
  return findFixtures(dirname(dir));
}
const fixtures = findFixtures();
const schemaDir = join(fixtures, 'schemas', 'v1');

/** OpenSLO's own v1 schema: its 14 files refer to each other by $id, so all go into one ajv. */
function openSloSchema() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const files = [
    join(schemaDir, 'openslo.schema.json'),
    ...readdirSync(join(schemaDir, 'parts')).map((f) => join(schemaDir, 'parts', f)),
  ];
  files.forEach((f) => ajv.addSchema(JSON.parse(readFileSync(f, 'utf8'))));
  return ajv.getSchema('https://openslo.com/schemas/v1/openslo.schema.json')!;
}

const sloKpi = makeKpi({
  id: 'api-availability',
  name: 'API availability',
  unit: 'percent',
  direction: 'higher-is-better',
  target: { value: 99.9 },
  window: '30d',
  slo: { objective: 99.9 },
  query: { datasource: { type: 'prometheus', uid: 'prometheus' }, expr: '100 * avail' },
  links: [{ title: 'Runbook', url: 'https://wiki.example.com/slo' }],
});

describe('OpenSLO export', () => {
  const validate = openSloSchema();

  it('passes the schema on the spec files it must pass (the schema itself is checked as it should be)', () => {
    const doc = openSloDocuments(
      readFileSync(join(fixtures, 'spec-files', 'slo-no-indicatorref-rolling-alerts.yaml'), 'utf8')
    )!;
    expect(validate(doc[0])).toBe(true);
  });

  it.each(['30d', '1h', 'week', 'month', 'quarter', 'year'])(
    'writes a %s SLO KPI that OpenSLO v1`s schema accepts',
    (window) => {
      const document = toOpenSlo({ ...sloKpi, window, timezone: window.length > 3 ? 'Europe/Berlin' : undefined });
      expect(typeof document).toBe('object');
      validate(document);
      expect(validate.errors ?? []).toEqual([]);
    }
  );

  it('names what it cannot write: a KPI without slo, a window OpenSLO has no duration for', () => {
    expect(toOpenSlo(makeKpi())).toBe('not an SLO KPI (it has no slo)');
    expect(toOpenSlo({ ...sloKpi, window: '90s' })).toBe(
      "window '90s' has no OpenSLO duration (a whole number of m, h, d or w)"
    );
  });

  it('export then import gives the same KPIs back, for any valid SLO KPI (revisions are the app`s and stay out)', () => {
    fc.assert(
      fc.property(validCatalog, (catalog) => {
        const slos = catalog.kpis
          .filter((k) => k.slo && k.direction === 'higher-is-better')
          .map(({ revision: _r, history: _h, ...k }) => k as Kpi);
        const documents = slos.map((k) => toOpenSlo(k)).filter((d) => typeof d === 'object');
        documents.forEach((d) => expect(validate(d)).toBe(true));
        const back = fromOpenSlo(documents);
        expect(back.problems.filter((p) => p.place !== '(document)')).toEqual([]);
        // Compared as stored (JSON): a target of -0 is 0 in any JSON, in Grafana's settings as in OpenSLO.
        const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));
        expect(asJson(back.catalog.kpis)).toEqual(asJson(slos.filter((k) => typeof toOpenSlo(k) === 'object')));
      }),
      { seed: 17, numRuns: 200 }
    );
  });
});

describe('OpenSLO import', () => {
  const read = (name: string) => openSloDocuments(readFileSync(join(fixtures, name), 'utf8'))!;

  it('names, at its place, every field the catalog needs that a current example lacks: nothing is guessed', () => {
    const { problems } = fromOpenSlo(read('examples/occurences-slo.yaml'));
    expect(problems.map((p) => `${p.place}: ${p.message}`)).toEqual([
      "[0] (search-slo).metadata.annotations.kpi-scorecards.app/team: required: the catalog needs the KPI's team, which OpenSLO has no field for",
      "[0] (search-slo).metadata.annotations.kpi-scorecards.app/owner: required: the catalog needs the KPI's owner, which OpenSLO has no field for",
      "[0] (search-slo).metadata.annotations.kpi-scorecards.app/type: required: the catalog needs the KPI's type (leading or lagging), which OpenSLO has no field for",
      '[0] (search-slo).spec.objectives[0].value: a threshold on the raw metric: the catalog`s SLO KPI needs a query whose value is the SLI in percent',
      '[0] (search-slo).spec.indicator.spec.thresholdMetric.metricSource: the catalog needs a Grafana datasource: a metricSourceRef naming its uid, or spec.datasource',
    ]);
  });

  it('reads an SLO whose indicator is an SLI document, and its datasource from a DataSource document', () => {
    const text = `apiVersion: openslo/v1
kind: DataSource
metadata: { name: prom-main }
spec: { type: prometheus, connectionDetails: {} }
---
apiVersion: openslo/v1
kind: SLI
metadata: { name: avail-sli }
spec:
  thresholdMetric:
    metricSource: { metricSourceRef: prom-main, spec: { expr: '100 * avail' } }
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: avail
  annotations: { kpi-scorecards.app/owner: ana@example.com, kpi-scorecards.app/team: sre, kpi-scorecards.app/type: lagging }
spec:
  service: web
  indicatorRef: avail-sli
  timeWindow: [{ duration: 1M, isRolling: false, calendar: { startTime: '2024-01-01 00:00:00', timeZone: Europe/Berlin } }]
  budgetingMethod: Occurrences
  objectives: [{ target: 0.995 }]
`;
    const { catalog, problems } = fromOpenSlo(openSloDocuments(text)!);
    expect(problems).toEqual([]);
    expect(catalog.kpis).toEqual([
      {
        id: 'avail',
        name: 'avail',
        team: 'sre',
        owner: 'ana@example.com',
        type: 'lagging',
        direction: 'higher-is-better',
        unit: 'percent',
        window: 'month',
        timezone: 'Europe/Berlin',
        slo: { objective: 99.5 },
        target: { value: 99.5 },
        query: { expr: '100 * avail', datasource: { type: 'prometheus', uid: 'prom-main' } },
      },
    ]);
  });

  it('is not mistaken for a catalog: only a first document of apiVersion openslo/v1 is OpenSLO', () => {
    expect(openSloDocuments('apiVersion: kpi-scorecards/v1\nkind: KpiCatalog\nkpis: []\n')).toBeUndefined();
  });
});
