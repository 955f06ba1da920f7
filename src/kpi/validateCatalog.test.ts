import fc from 'fast-check';

import { validCatalog } from '../test-fixtures/catalogArbitrary';
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { type ValidationResult } from './catalogEntries';
import { catalogToYaml, readCatalogText } from './catalogYaml';
import { placeText } from './places';
import { problemText } from './problemsText';
import { type Kpi, type KpiCatalog } from './types';
import { validateCatalog } from './validateCatalog';

const query = (expr: string) => ({ datasource: { type: 'prometheus', uid: 'prometheus' }, expr });

/** Three good KPIs of one team, leading and lagging, each with its own query: no errors, no warnings. */
function catalog(): KpiCatalog {
  return {
    apiVersion: 'kpi-scorecards/v1',
    kind: 'KpiCatalog',
    objectives: [{ id: 'retention', title: 'Improve customer retention' }],
    kpis: [
      makeKpi({ id: 'deploys', drives: ['mttr'], objective: 'retention', query: query('deploys') }),
      makeKpi({ id: 'lead-time', direction: 'lower-is-better', target: { value: 24 }, query: query('lead_time') }),
      makeKpi({
        id: 'mttr',
        type: 'lagging',
        direction: 'lower-is-better',
        target: { value: 60 },
        query: query('mttr'),
      }),
    ],
  };
}

/** The catalog with kpis[i] changed; a field set to undefined is removed, as if never written. */
function withKpi(i: number, patch: Record<string, unknown>): unknown {
  const doc = catalog();
  const kpi: Record<string, unknown> = { ...doc.kpis[i], ...patch };
  Object.keys(patch).forEach((k) => patch[k] === undefined && delete kpi[k]);
  doc.kpis[i] = kpi as unknown as Kpi;
  return doc;
}

/** The places in kpis[] of the entries validation marks broken. */
const brokenKpiIndexes = (result: ValidationResult) => result.kpis.filter((e) => !e.ok).map((e) => e.index);
const errors = (doc: unknown) =>
  validateCatalog(doc)
    .problems.filter((p) => p.severity === 'error')
    .map(problemText);
const warnings = (doc: unknown) =>
  validateCatalog(doc)
    .problems.filter((p) => p.severity === 'warning')
    .map(problemText);

it('the base catalog is clean', () => {
  expect(validateCatalog(catalog()).problems).toEqual([]);
});

describe('errors name the KPI and the field', () => {
  const cases: Array<[string, unknown, string]> = [
    ['missing owner', withKpi(2, { owner: undefined }), 'kpis[2] (mttr).owner: required'],
    ['empty owner', withKpi(2, { owner: ' ' }), 'kpis[2] (mttr).owner: must not be empty'],
    ['missing name', withKpi(2, { name: undefined }), 'kpis[2] (mttr).name: required'],
    ['missing team', withKpi(2, { team: undefined }), 'kpis[2] (mttr).team: required'],
    ['missing type', withKpi(2, { type: undefined }), 'kpis[2] (mttr).type: required'],
    ['missing direction', withKpi(2, { direction: undefined }), 'kpis[2] (mttr).direction: required'],
    ['missing target', withKpi(2, { target: undefined }), 'kpis[2] (mttr).target: required'],
    [
      'missing target.value',
      withKpi(2, { target: { atRisk: 70 } }),
      'kpis[2] (mttr).target.value: required for lower-is-better',
    ],
    ['missing window', withKpi(2, { window: undefined }), 'kpis[2] (mttr).window: required'],
    ['missing query', withKpi(2, { query: undefined }), 'kpis[2] (mttr).query: required'],
    ['missing id', withKpi(2, { id: undefined }), 'kpis[2].id: required'],
    [
      'unknown type',
      withKpi(2, { type: 'sideways' }),
      'kpis[2] (mttr).type: must be "leading" | "lagging", got "sideways"',
    ],
    [
      'unknown direction',
      withKpi(2, { direction: 'up' }),
      'kpis[2] (mttr).direction: must be "higher-is-better" | "lower-is-better" | "in-range", got "up"',
    ],
    [
      'unknown category',
      withKpi(2, { category: 'finance' }),
      'kpis[2] (mttr).category: must be "engineering" | "product" | "operations" | "business" | "security" | "data", got "finance"',
    ],
    [
      'unknown cadence',
      withKpi(2, { cadence: 'hourly' }),
      'kpis[2] (mttr).cadence: must be "daily" | "weekly" | "monthly" | "quarterly", got "hourly"',
    ],
    ['duplicate id', withKpi(2, { id: 'deploys' }), 'kpis[2] (deploys).id: duplicate id, also kpis[0]'],
    [
      'non-slug id',
      withKpi(2, { id: 'MTTR_1' }),
      "kpis[2] (MTTR_1).id: 'MTTR_1' is not a slug: use only lowercase letters, digits and hyphens (a-z, 0-9, -)",
    ],
    [
      'id with a space',
      withKpi(2, { id: 'mt tr' }),
      "kpis[2] (mt tr).id: 'mt tr' is not a slug: use only lowercase letters, digits and hyphens (a-z, 0-9, -)",
    ],
    [
      'id with a letter outside a-z',
      withKpi(2, { id: 'é' }),
      "kpis[2] (é).id: 'é' is not a slug: use only lowercase letters, digits and hyphens (a-z, 0-9, -)",
    ],
    ['text target', withKpi(2, { target: { value: '60' } }), 'kpis[2] (mttr).target.value: must be a number, got "60"'],
    [
      'NaN target',
      withKpi(2, { target: { value: NaN } }),
      'kpis[2] (mttr).target.value: must be a finite number, got NaN',
    ],
    [
      'infinite target',
      withKpi(2, { target: { value: Infinity } }),
      'kpis[2] (mttr).target.value: must be a finite number, got Infinity',
    ],
    [
      'infinite atRisk',
      withKpi(2, { target: { value: 60, atRisk: -Infinity } }),
      'kpis[2] (mttr).target.atRisk: must be a finite number, got -Infinity',
    ],
    [
      'in-range min > max',
      withKpi(2, { direction: 'in-range', target: { min: 10, max: 5 } }),
      'kpis[2] (mttr).target: min (10) is greater than max (5)',
    ],
    [
      'in-range without max',
      withKpi(2, { direction: 'in-range', target: { min: 10 } }),
      'kpis[2] (mttr).target.max: required for in-range',
    ],
    [
      'atRisk above target for higher-is-better',
      withKpi(0, { target: { value: 10, atRisk: 12 } }),
      'kpis[0] (deploys).target.atRisk: must not be above target.value (10) for higher-is-better',
    ],
    [
      'atRisk below target for lower-is-better',
      withKpi(2, { target: { value: 60, atRisk: 50 } }),
      'kpis[2] (mttr).target.atRisk: must not be below target.value (60) for lower-is-better',
    ],
    [
      'unknown reducer',
      withKpi(2, { reduce: 'median2' }),
      "kpis[2] (mttr).reduce: unknown reducer 'median2': use a Grafana reducer id such as lastNotNull, mean or sum",
    ],
    [
      'a reducer that gives true or false',
      withKpi(2, { reduce: 'allIsNull' }),
      "kpis[2] (mttr).reduce: reducer 'allIsNull' does not give a number (it gives true or false), so the KPI would always read no-data: use one that does, such as lastNotNull, mean, sum, max or count",
    ],
    [
      'a reducer that gives a list',
      withKpi(2, { reduce: 'uniqueValues' }),
      "kpis[2] (mttr).reduce: reducer 'uniqueValues' does not give a number (it gives a list of values), so the KPI would always read no-data: use one that does, such as lastNotNull, mean, sum, max or count",
    ],
    [
      'unknown unit',
      withKpi(2, { unit: 'furlongs' }),
      "kpis[2] (mttr).unit: unknown unit 'furlongs': use a Grafana unit id such as percent, ms or suffix:req/s",
    ],
    [
      'unknown window',
      withKpi(2, { window: 'fortnight' }),
      "kpis[2] (mttr).window: unknown window 'fortnight': use a duration like 7d or 24h, or week | month | quarter | year",
    ],
    [
      'window with trailing junk',
      withKpi(2, { window: '7dx' }),
      "kpis[2] (mttr).window: unknown window '7dx': use a duration like 7d or 24h, or week | month | quarter | year",
    ],
    [
      'unknown objective',
      withKpi(2, { objective: 'growth' }),
      "kpis[2] (mttr).objective: no objective with id 'growth'",
    ],
    ['drives an unknown id', withKpi(0, { drives: ['ghost'] }), "kpis[0] (deploys).drives[0]: no KPI with id 'ghost'"],
    [
      'drives from a lagging KPI',
      withKpi(2, { drives: ['deploys'] }),
      'kpis[2] (mttr).drives: a lagging KPI drives nothing: only leading KPIs name the lagging outcomes they predict',
    ],
    [
      'javascript: link',
      withKpi(2, { links: [{ title: 'Runbook', url: 'javascript:alert(1)' }] }),
      "kpis[2] (mttr).links[0].url: only http(s) links are allowed, got 'javascript:alert(1)'",
    ],
    [
      'data: link',
      withKpi(2, { links: [{ title: 'Runbook', url: 'data:text/html,<b>hi</b>' }] }),
      "kpis[2] (mttr).links[0].url: only http(s) links are allowed, got 'data:text/html,<b>hi</b>'",
    ],
    [
      'ftp link',
      withKpi(2, { links: [{ title: 'Docs', url: 'ftp://files.example.com/x' }] }),
      "kpis[2] (mttr).links[0].url: only http(s) links are allowed, got 'ftp://files.example.com/x'",
    ],
    ['query without datasource', withKpi(2, { query: { expr: 'mttr' } }), 'kpis[2] (mttr).query.datasource: required'],
    [
      'scorecard naming an unknown KPI',
      { ...catalog(), scorecards: [{ id: 'exec', title: 'Exec', select: { ids: ['mttr', 'ghost'] } }] },
      "scorecards[0] (exec).select.ids[1]: no KPI with id 'ghost'",
    ],
    [
      'scorecard naming an unknown objective',
      { ...catalog(), scorecards: [{ id: 'exec', title: 'Exec', select: { objective: 'growth' } }] },
      "scorecards[0] (exec).select.objective: no objective with id 'growth'",
    ],
    [
      'scorecard with an unknown type',
      { ...catalog(), scorecards: [{ id: 'exec', title: 'Exec', select: { type: 'trailing' } }] },
      'scorecards[0] (exec).select.type: must be "leading" | "lagging", got "trailing"',
    ],
    [
      'datasource without uid',
      withKpi(2, { query: { datasource: { type: 'prometheus' }, expr: 'x' } }),
      'kpis[2] (mttr).query.datasource.uid: required',
    ],
  ];

  it.each(cases)('%s', (_name, doc, line) => {
    expect(errors(doc)).toContain(line);
  });

  it.each([
    ['wrong apiVersion', { ...catalog(), apiVersion: 'v2' }, 'apiVersion: must be "kpi-scorecards/v1", got "v2"'],
    ['no kpis', { apiVersion: 'kpi-scorecards/v1', kind: 'KpiCatalog' }, 'kpis: required'],
    ['not an object', 'hello', '(document): must be a KpiCatalog object with apiVersion, kind and kpis'],
  ])('the document itself: %s', (_name, doc, line) => {
    expect(errors(doc)).toContain(line);
  });

  it('reports every problem, not just the first', () => {
    const doc = withKpi(2, { owner: undefined, window: 'fortnight', reduce: 'median2' }) as KpiCatalog;
    doc.kpis[0].links = [{ title: 'Runbook', url: 'javascript:void(0)' }];
    expect(errors(doc)).toEqual([
      "kpis[0] (deploys).links[0].url: only http(s) links are allowed, got 'javascript:void(0)'",
      'kpis[2] (mttr).owner: required',
      "kpis[2] (mttr).reduce: unknown reducer 'median2': use a Grafana reducer id such as lastNotNull, mean or sum",
      "kpis[2] (mttr).window: unknown window 'fortnight': use a duration like 7d or 24h, or week | month | quarter | year",
    ]);
  });

  it('a bad KPI leaves the good ones usable', () => {
    const result = validateCatalog(withKpi(1, { owner: undefined, target: { value: NaN } }));
    expect(result.hasErrors).toBe(true);
    const broken = result.kpis.filter((e) => !e.ok);
    expect(broken.map((e) => e.index)).toEqual([1]);
    expect(broken.flatMap((e) => (e.ok ? [] : e.problems)).map((p) => placeText(p.at))).toEqual([
      'kpis[1] (lead-time).owner',
      'kpis[1] (lead-time).target.value',
    ]);
    expect(result.validKpis.map((k) => k.id)).toEqual(['deploys', 'mttr']);
  });

  it("accepts every id of the spec's slug characters [a-z0-9-], hyphens anywhere", () => {
    for (const id of ['lead--time', '-lead-time', 'lead-time-', '1', '-']) {
      expect(errors(withKpi(1, { id }))).toEqual([]);
    }
  });

  describe('revision and history (spec: "Revisions")', () => {
    const entry = { revision: 1, at: '2024-05-01T09:30:00.000Z', by: 'ana', changes: ['created'] };
    const history = (patch: Record<string, unknown>) => withKpi(2, { revision: 1, history: [{ ...entry, ...patch }] });

    it('accepts the history the app writes, and times with an offset', () => {
      expect(errors(withKpi(2, { revision: 1, history: [entry] }))).toEqual([]);
      expect(errors(history({ at: '2024-05-01T11:30+02:00', snapshot: { id: 'mttr' } }))).toEqual([]);
    });

    it.each<[string, unknown, string[]]>([
      ['revision 0', withKpi(2, { revision: 0 }), ['kpis[2] (mttr).revision: must be >= 1']],
      [
        'fractional revision',
        withKpi(2, { revision: 1.5 }),
        ['kpis[2] (mttr).revision: must be a whole number, got 1.5'],
      ],
      ['text revision', withKpi(2, { revision: '3' }), ['kpis[2] (mttr).revision: must be a number, got "3"']],
      ['history not a list', withKpi(2, { history: 'none' }), ['kpis[2] (mttr).history: must be an array, got "none"']],
      ['entry not an object', withKpi(2, { history: [7] }), ['kpis[2] (mttr).history[0]: must be an object, got 7']],
      [
        'empty entry',
        withKpi(2, { history: [{}] }),
        [
          'kpis[2] (mttr).history[0].revision: required',
          'kpis[2] (mttr).history[0].at: required',
          'kpis[2] (mttr).history[0].by: required',
          'kpis[2] (mttr).history[0].changes: required',
        ],
      ],
      ['entry revision 0', history({ revision: 0 }), ['kpis[2] (mttr).history[0].revision: must be >= 1']],
      [
        'entry revision 2.5',
        history({ revision: 2.5 }),
        ['kpis[2] (mttr).history[0].revision: must be a whole number, got 2.5'],
      ],
      [
        'at not a time',
        history({ at: 'yesterday' }),
        ["kpis[2] (mttr).history[0].at: not an ISO 8601 time 'yesterday': write it like 2024-05-01T09:30:00Z"],
      ],
      [
        'at without a zone',
        history({ at: '2024-05-01T09:30:00' }),
        [
          "kpis[2] (mttr).history[0].at: not an ISO 8601 time '2024-05-01T09:30:00': write it like 2024-05-01T09:30:00Z",
        ],
      ],
      [
        'at on a day that does not exist',
        history({ at: '2024-02-30T09:30:00Z' }),
        [
          "kpis[2] (mttr).history[0].at: not an ISO 8601 time '2024-02-30T09:30:00Z': write it like 2024-05-01T09:30:00Z",
        ],
      ],
      ['at a number', history({ at: 5 }), ['kpis[2] (mttr).history[0].at: must be a string, got 5']],
      ['by empty', history({ by: ' ' }), ['kpis[2] (mttr).history[0].by: must not be empty']],
      ['changes text', history({ changes: 'x' }), ['kpis[2] (mttr).history[0].changes: must be an array, got "x"']],
      [
        'a change not text',
        history({ changes: [{ a: 1 }] }),
        ['kpis[2] (mttr).history[0].changes[0]: must be a string, got an object'],
      ],
      ['snapshot a number', history({ snapshot: 3 }), ['kpis[2] (mttr).history[0].snapshot: must be an object, got 3']],
      [
        'snapshot a list',
        history({ snapshot: [] }),
        ['kpis[2] (mttr).history[0].snapshot: must be an object, got a list'],
      ],
    ])('%s', (_name, doc, lines) => {
      expect(errors(doc)).toEqual(lines);
      expect(brokenKpiIndexes(validateCatalog(doc))).toEqual([2]);
    });
  });

  it('accepts custom units Grafana parses', () => {
    for (const unit of [
      'suffix:req/s',
      'prefix:$',
      'currency:EUR',
      'si:B',
      'count:x',
      'bool:on/off',
      'time:HH:mm',
      'percent',
      'percentunit',
      'ms',
    ]) {
      expect(errors(withKpi(2, { unit }))).toEqual([]);
    }
  });
});

describe('warnings carry the selection principles and never block', () => {
  it('more than 7 KPIs for one team', () => {
    const doc = catalog();
    for (let i = 0; i < 5; i++) {
      doc.kpis.push(makeKpi({ id: `extra-${i}`, query: query(`extra_${i}`) }));
    }
    expect(warnings(doc)).toEqual([
      "kpis[0] (deploys).team: team 'platform' has 8 KPIs: keep at most 7 so each one gets attention",
    ]);
    expect(validateCatalog(doc).hasErrors).toBe(false);
  });

  it('a team with only leading or only lagging KPIs', () => {
    const doc = catalog();
    doc.kpis[2].team = 'sre';
    expect(warnings(doc)).toEqual([
      "kpis[0] (deploys).team: team 'platform' has only leading KPIs: add lagging outcomes so cause and effect are both watched",
      "kpis[2] (mttr).team: team 'sre' has only lagging KPIs: add leading indicators so cause and effect are both watched",
    ]);
  });

  it('a team’s KPI with an error elsewhere still counts for the team’s mix of leading and lagging', () => {
    // platform: deploys and lead-time (leading), mttr (lagging, but its unit is wrong): not "only leading".
    const doc = withKpi(2, { unit: 'no-such-unit' });
    expect(validateCatalog(doc).hasErrors).toBe(true);
    expect(warnings(doc).filter((w) => w.includes('has only'))).toEqual([]);
  });

  it('the same datasource and query twice, whatever the key order and refId', () => {
    const doc = withKpi(2, {
      query: { expr: 'deploys', refId: 'B', datasource: { uid: 'prometheus', type: 'prometheus' } },
    });
    expect(warnings(doc)).toEqual(['kpis[2] (mttr).query: same datasource and query as kpis[0] (deploys)']);
  });

  it('no description and no cadence', () => {
    expect(warnings(withKpi(2, { description: undefined, cadence: undefined }))).toEqual([
      'kpis[2] (mttr).description: no description: say what the KPI measures and why it matters',
      'kpis[2] (mttr).cadence: no review cadence: say how often the owner reviews it (daily | weekly | monthly | quarterly)',
    ]);
  });

  it('an SLO whose unit is not a ratio: its error budget would read the value as percent', () => {
    const scales = 'percent (0-100) or percentunit (0-1), the scales its error budget reads';
    const asSlo = { slo: { objective: 99.9 }, direction: 'higher-is-better', target: {} };
    expect(warnings(withKpi(2, { ...asSlo, unit: 'ms' }))).toEqual([
      `kpis[2] (mttr).unit: unit 'ms' is not a ratio, but an SLO's value is a success ratio: use ${scales}`,
    ]);
    expect(warnings(withKpi(2, asSlo))).toEqual([
      `kpis[2] (mttr).unit: no unit, but an SLO's value is a success ratio: use ${scales}`,
    ]);
    for (const unit of ['percent', 'percentunit']) {
      expect(warnings(withKpi(2, { ...asSlo, unit }))).toEqual([]);
    }
    expect(warnings(withKpi(2, { unit: 'ms' }))).toEqual([]);
  });

  it('a percent target of 90 or more with neither atRisk nor slo: the default band would swallow it', () => {
    const high = { direction: 'higher-is-better', unit: 'percent', target: { value: 99.5 } };
    expect(warnings(withKpi(2, high))).toEqual([
      'kpis[2] (mttr).target: no atRisk: the default band (10% of the target) makes everything from 89.55 at-risk; set target.atRisk, or slo for an error budget',
    ]);
    expect(warnings(withKpi(2, { ...high, unit: 'percentunit', target: { value: 0.9 } }))).toHaveLength(1);
    expect(warnings(withKpi(2, { ...high, target: { value: 99.5, atRisk: 99 } }))).toEqual([]);
    expect(warnings(withKpi(2, { ...high, target: { value: 89 } }))).toEqual([]);
  });

  it('an SLO on Prometheus with a fixed range selector longer than 5m: its short burn rates are smoothed', () => {
    const slo = { slo: { objective: 99.9 }, direction: 'higher-is-better', target: {}, unit: 'percent' };
    const expr = (range: string) => query(`100 * sum(rate(ok[${range}])) / sum(rate(all[${range}]))`);
    expect(warnings(withKpi(2, { ...slo, query: expr('1h') }))).toEqual([
      'kpis[2] (mttr).query.expr: a fixed range [1h] smooths the short burn rates (5m, 30m): use [$__rate_interval], or slo.good and slo.total',
    ]);
    expect(warnings(withKpi(2, { ...slo, query: expr('$__rate_interval') }))).toEqual([]);
    expect(warnings(withKpi(2, { ...slo, query: expr('5m') }))).toEqual([]);
    expect(warnings(withKpi(2, { ...slo, query: query('sum(rate(x[1h:1m]))') }))).toHaveLength(1);
  });

  it('an unknown field is a warning (a typo, or a newer plugin wrote it)', () => {
    expect(warnings(withKpi(2, { ownr: 'x' }))).toEqual(["kpis[2] (mttr): unknown field 'ownr'"]);
  });
});

describe('properties', () => {
  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBoxedValues: true }),
        (input) => {
          validateCatalog(input);
          validateCatalog({ apiVersion: 'kpi-scorecards/v1', kind: 'KpiCatalog', kpis: [input, input] });
        }
      )
    );
  });

  it('never throws on a valid catalog with one field of one KPI replaced by anything', () => {
    const keys = [
      'id',
      'name',
      'team',
      'owner',
      'type',
      'direction',
      'target',
      'window',
      'query',
      'drives',
      'links',
      'unit',
      'reduce',
      'maxAge',
      'timezone',
      'objective',
      'tags',
    ];
    fc.assert(
      fc.property(validCatalog, fc.nat(), fc.constantFrom(...keys), fc.anything(), (doc, n, key, value) => {
        const kpi = doc.kpis[n % doc.kpis.length] as unknown as Record<string, unknown>;
        kpi[key] = value;
        const result = validateCatalog(doc);
        expect(brokenKpiIndexes(result).length).toBeLessThanOrEqual(doc.kpis.length);
      })
    );
  });

  it('the generated catalogs are valid', () => {
    fc.assert(fc.property(validCatalog, (doc) => expect(errors(doc)).toEqual([])));
  });

  it('a valid catalog round-trips through YAML unchanged', () => {
    fc.assert(
      fc.property(validCatalog, (doc) => {
        const { catalog: back, prefix } = readCatalogText(catalogToYaml(doc));
        expect(prefix).toBe('');
        expect(back).toEqual(doc);
      })
    );
  });
});

describe('SLO KPIs: the rules of the 2026-12-06 spec', () => {
  const slo = (patch: Record<string, unknown>) =>
    withKpi(2, { direction: 'higher-is-better', unit: 'percent', target: {}, slo: { objective: 99.9 }, ...patch });

  it('may leave target.value out, or write the objective (in the KPI’s unit)', () => {
    expect(errors(slo({}))).toEqual([]);
    expect(errors(slo({ target: { value: 99.9 } }))).toEqual([]);
    expect(errors(slo({ unit: 'percentunit', target: { value: 0.999 } }))).toEqual([]);
  });

  it('refuses a target.value that differs from the objective, and any target.atRisk', () => {
    expect(errors(slo({ target: { value: 99.5, atRisk: 99 } }))).toEqual([
      "kpis[2] (mttr).target.value: differs from slo.objective (99.9): an SLO's target is its objective; leave target.value out or make it 99.9",
      'kpis[2] (mttr).target.atRisk: not for an SLO: it is at-risk when less than 25% of its error budget is left',
    ]);
  });

  it('refuses a direction other than higher-is-better', () => {
    expect(errors(slo({ direction: 'lower-is-better' }))).toEqual([
      "kpis[2] (mttr).direction: an SLO is higher-is-better (its value is the share of good events), got 'lower-is-better'",
    ]);
  });

  it('takes good and total together, each a query whose datasource may be left out', () => {
    const good = { expr: 'sum(increase(ok[$__range]))' };
    const total = { datasource: { type: 'prometheus', uid: 'other' }, expr: 'sum(increase(all[$__range]))' };
    expect(errors(slo({ slo: { objective: 99.9, good, total } }))).toEqual([]);
    expect(errors(slo({ slo: { objective: 99.9, good } }))).toEqual([
      'kpis[2] (mttr).slo.total: required with slo.good: the burn rate is 1 - good/total',
    ]);
    expect(errors(slo({ slo: { objective: 99.9, total } }))).toEqual([
      'kpis[2] (mttr).slo.good: required with slo.total: the burn rate is 1 - good/total',
    ]);
    expect(errors(slo({ slo: { objective: 99.9, good: { datasource: {} }, total } }))).toEqual([
      'kpis[2] (mttr).slo.good.datasource.uid: required',
    ]);
  });
});
