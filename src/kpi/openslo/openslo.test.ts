/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';

import { sloArbitrary, validCatalog } from '../../test-fixtures/catalogArbitrary';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { placeText } from '../places';
import { problemText } from '../problemsText';
import { type Kpi } from '../types';
import { validateCatalog } from '../validateCatalog';
import { fromOpenSlo } from './fromOpenSlo';
import { openSloExport } from './openSloExport';
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

  it.each(['America/Argentina/Buenos_Aires', 'America/Port-au-Prince', 'Etc/GMT+5'])(
    'writes a calendar SLO in %s with its own zone, as the schema accepts',
    (timezone) => {
      const document = toOpenSlo({ ...sloKpi, window: 'month', timezone }) as { spec: { timeWindow: unknown[] } };
      expect(validate(document)).toBe(true);
      expect(document.spec.timeWindow[0]).toMatchObject({ calendar: { timeZone: timezone } });
    }
  );

  it('names what it cannot write: a KPI without slo, a window OpenSLO has no duration for', () => {
    expect(toOpenSlo(makeKpi())).toBe('not an SLO KPI (it has no slo)');
    expect(toOpenSlo({ ...sloKpi, window: '90s' })).toBe(
      "window '90s' has no OpenSLO duration (a whole number of m, h, d or w)"
    );
  });

  const ratioKpi = {
    ...sloKpi,
    slo: {
      objective: 99.9,
      good: { expr: 'sum(increase(http_requests_total{code!~"5.."}[$__range]))' },
      total: { datasource: { type: 'prometheus', uid: 'other' }, expr: 'sum(increase(http_requests_total[$__range]))' },
    },
  };

  it('writes an SLO with good and total as a ratioMetric of them, its own query kept in an annotation', () => {
    const document = toOpenSlo(ratioKpi) as { metadata: { annotations: Record<string, string> }; spec: unknown };
    expect(validate(document)).toBe(true);
    expect(document.spec).toMatchObject({
      indicator: {
        spec: {
          ratioMetric: {
            counter: false,
            good: { metricSource: { type: 'prometheus', spec: ratioKpi.slo.good } },
            total: { metricSource: { type: 'prometheus', spec: ratioKpi.slo.total } },
          },
        },
      },
      budgetingMethod: 'Occurrences',
      objectives: [{ target: 0.999 }],
    });
    expect(JSON.parse(document.metadata.annotations['kpi-scorecards.app/query'])).toEqual(ratioKpi.query);
    // good and total are written once, in the ratioMetric, not again among the fields.
    expect(JSON.parse(document.metadata.annotations['kpi-scorecards.app/fields']).slo).toEqual({ objective: 99.9 });
    expect(typeof toOpenSlo(sloKpi) === 'object' && JSON.stringify(toOpenSlo(sloKpi))).toContain('"thresholdMetric"');
  });

  it('keeps a description past OpenSLO`s 1050 characters with the fields, and names an id too long for a name', () => {
    const description = 'Why this SLO matters. '.repeat(60);
    const document = toOpenSlo({ ...sloKpi, description });
    expect(validate(document)).toBe(true);
    expect(fromOpenSlo([document]).catalog.kpis[0].description).toBe(description);
    expect(toOpenSlo({ ...sloKpi, id: 'a'.repeat(252) })).toBe(
      "id longer than 251 characters: OpenSLO's names (and its SLI's) have at most 255"
    );
  });

  it('leaves out KPIs with errors and names the SLOs it cannot write, for the command line and the editor alike', () => {
    const catalog = {
      apiVersion: 'kpi-scorecards/v1',
      kind: 'KpiCatalog',
      kpis: [ratioKpi, { ...sloKpi, id: 'no-owner', owner: '' }, makeKpi(), { ...sloKpi, id: 'odd', window: '90s' }],
    };
    const exported = openSloExport(validateCatalog(catalog));
    expect(exported.count).toBe(1);
    expect(exported.skipped).toEqual([
      { index: 3, id: 'odd', reason: "window '90s' has no OpenSLO duration (a whole number of m, h, d or w)" },
    ]);
    expect(openSloDocuments(exported.text)).toEqual([toOpenSlo(ratioKpi)]);
  });

  // Every KPI an SLO: with good and total (a ratio SLI) or without (a threshold SLI), any window, unit and fields.
  const sloCatalogs = fc
    .tuple(validCatalog, fc.array(sloArbitrary, { minLength: 6, maxLength: 6 }))
    .map(([catalog, slos]) => ({
      ...catalog,
      kpis: catalog.kpis.map(({ revision: _r, history: _h, ...k }, i): Kpi => ({
        ...k,
        direction: 'higher-is-better',
        target: {},
        slo: k.slo ?? slos[i],
      })),
    }));

  it('export then import gives the same KPIs back, for ratio and threshold SLIs (revisions are the app`s)', () => {
    const kinds = { ratioMetric: 0, thresholdMetric: 0 };
    fc.assert(
      fc.property(sloCatalogs, (catalog) => {
        const exportable = catalog.kpis.filter((k) => typeof toOpenSlo(k) === 'object');
        const validation = validateCatalog(catalog);
        expect(validation.problems.filter((p) => p.severity === 'error')).toEqual([]);
        const text = openSloExport(validation).text;
        const documents = text === '' ? [] : openSloDocuments(text)!;
        documents.forEach((d) => {
          expect(validate(d)).toBe(true);
          kinds[JSON.stringify(d).includes('"ratioMetric"') ? 'ratioMetric' : 'thresholdMetric']++;
        });
        const back = fromOpenSlo(documents);
        expect(back.problems.filter((p) => placeText(p.at) !== '(document)')).toEqual([]);
        // Compared as stored (JSON): a target of -0 is 0 in any JSON, in Grafana's settings as in OpenSLO.
        const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));
        expect(asJson(back.catalog.kpis)).toEqual(asJson(exportable));
      }),
      { seed: 17, numRuns: 200 }
    );
    expect(kinds.ratioMetric).toBeGreaterThan(100);
    expect(kinds.thresholdMetric).toBeGreaterThan(100);
  });
});

describe('OpenSLO import', () => {
  const read = (name: string) => openSloDocuments(readFileSync(join(fixtures, name), 'utf8'))!;

  it('names, at its place, every field the catalog needs that a current example lacks: nothing is guessed', () => {
    const { problems } = fromOpenSlo(read('examples/occurences-slo.yaml'));
    expect(problems.map(problemText)).toEqual([
      "[0] (search-slo).metadata.annotations.kpi-scorecards.app/team: required: the catalog needs the KPI's team, which OpenSLO has no field for",
      "[0] (search-slo).metadata.annotations.kpi-scorecards.app/owner: required: the catalog needs the KPI's owner, which OpenSLO has no field for",
      "[0] (search-slo).metadata.annotations.kpi-scorecards.app/type: required: the catalog needs the KPI's type (leading or lagging), which OpenSLO has no field for",
      '[0] (search-slo).spec.objectives[0].value: a threshold on the raw metric: the catalog`s SLO KPI needs a query whose value is the SLI in percent',
      '[0] (search-slo).spec.indicator.spec.thresholdMetric.metricSource: the catalog needs a Grafana datasource: a metricSourceRef naming its uid, or spec.datasource',
    ]);
  });

  const owned = ['team', 'owner', 'type'].map((k) => `metadata.annotations.kpi-scorecards.app/${k}`);
  it.each([
    [
      'examples/ratio-timeslices.yaml',
      'main-page',
      [...owned, 'spec.budgetingMethod', 'metadata.annotations.kpi-scorecards.app/query'],
    ],
    [
      'examples/timeslices-slo.yaml',
      'service-availability',
      [
        ...owned,
        'spec.timeWindow[0]',
        'spec.budgetingMethod',
        'spec.objectives',
        'metadata.annotations.kpi-scorecards.app/query',
      ],
    ],
    [
      'spec-files/slo-no-indicatorref-rolling-alerts.yaml',
      'test-slo',
      [...owned, 'spec.timeWindow[0]', 'metadata.annotations.kpi-scorecards.app/query'],
    ],
  ])('reads %s and names what the catalog cannot take from it, at its place', (file, name, places) => {
    const { problems } = fromOpenSlo(read(file));
    expect(problems.map((p) => placeText(p.at))).toEqual(places.map((place) => `[0] (${name}).${place}`));
    // A second objective is dropped with a warning; a timeslice budget or a missing field is an error.
    expect(problems.filter((p) => p.severity === 'warning').map((p) => p.message)).toEqual(
      file.includes('timeslices-slo') ? ['only objectives[0] is read: a KPI has one objective (2 here)'] : []
    );
  });

  it('reads the spec`s ratio SLO as good and total once the catalog`s own fields are added to it', () => {
    const text = readFileSync(join(fixtures, 'spec-files', 'slo-no-indicatorref-rolling-alerts.yaml'), 'utf8')
      .replace('duration: 1M', 'duration: 4w')
      .replace(
        '  displayName: Test SLO\n',
        `  displayName: Test SLO
  annotations:
    kpi-scorecards.app/owner: ana@example.com
    kpi-scorecards.app/team: sre
    kpi-scorecards.app/type: lagging
    kpi-scorecards.app/query: '{"datasource":{"type":"prometheus","uid":"prom"},"expr":"100 * avail"}'
`
      );
    const { catalog, problems } = fromOpenSlo(openSloDocuments(text)!);
    expect(problems).toEqual([]);
    const datadog = { type: 'Datadog', uid: 'datadog-datasource' };
    expect(catalog.kpis[0]).toMatchObject({
      id: 'test-slo',
      window: '28d',
      query: { datasource: { type: 'prometheus', uid: 'prom' }, expr: '100 * avail' },
      slo: {
        objective: 98,
        good: {
          datasource: datadog,
          query: 'sum:trace.http.request.hits.by_http_status{http.status_code:200}.as_count()',
        },
        total: { datasource: datadog, query: 'sum:trace.http.request.hits.by_http_status{*}.as_count()' },
      },
      target: { value: 98 },
    });
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
