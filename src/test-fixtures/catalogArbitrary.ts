import fc from 'fast-check';

import { viewerVariables } from '../kpi/queryVariables';
import { CADENCES, CATEGORIES, type Kpi, type KpiCatalog } from '../kpi/types';

/** Arbitrary valid catalogs for property tests: any text, any finite numbers, every optional field. */

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
const anyText = fc.string({ unit: 'grapheme', maxLength: 60 });
/** A query text: any text but a Grafana variable other than a time macro (`$A`), which validation refuses. */
const queryText = anyText.filter((s) => viewerVariables(s).length === 0);
const number = fc.double({ min: -1e12, max: 1e12, noNaN: true });
const band = fc.double({ min: 0, max: 1e12, noNaN: true });
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);

const directionAndTarget = fc.oneof(
  fc.record({ value: number, atRisk: fc.option(band, { nil: undefined }) }).map(({ value, atRisk }) => ({
    direction: 'higher-is-better' as const,
    target: atRisk === undefined ? { value } : { value, atRisk: value - atRisk },
  })),
  fc.record({ value: number, atRisk: fc.option(band, { nil: undefined }) }).map(({ value, atRisk }) => ({
    direction: 'lower-is-better' as const,
    target: atRisk === undefined ? { value } : { value, atRisk: value + atRisk },
  })),
  fc.tuple(number, band).map(([min, width]) => ({ direction: 'in-range' as const, target: { min, max: min + width } }))
);

/** A DataQuery whose datasource may be left out (it is then the KPI's), as slo.good and slo.total are. */
const sloQuery = fc.record(
  { datasource: fc.record({ type: fc.constant('prometheus'), uid: text }), expr: queryText },
  { requiredKeys: ['expr'] }
);

/** An SLO's objective, with or without the good and total event counts (a ratio SLI or a threshold one). */
export const sloArbitrary = fc
  .record({
    objective: fc.double({ min: 0.001, max: 99.999, noNaN: true }),
    counts: fc.option(fc.record({ good: sloQuery, total: sloQuery }), { nil: undefined }),
  })
  .map(({ objective, counts }) => ({ objective, ...counts }));

const optional = fc.record(
  {
    description: anyText,
    category: fc.constantFrom(...CATEGORIES),
    objective: fc.constant('retention'),
    unit: fc.constantFrom('short', 'percent', 'percentunit', 'ms', 'suffix:req/s', 'currencyUSD'),
    decimals: fc.integer({ min: 0, max: 20 }),
    timezone: fc.constantFrom('Europe/Berlin', 'UTC', 'America/New_York'),
    reduce: fc.constantFrom('lastNotNull', 'last', 'mean', 'sum', 'min', 'max', 'count', 'delta'),
    cadence: fc.constantFrom(...CADENCES),
    maxAge: fc.constantFrom('15m', '2h', '1d'),
    slo: sloArbitrary,
    links: fc.array(fc.record({ title: text, url: fc.webUrl() }), { maxLength: 2 }),
    tags: fc.array(text, { maxLength: 3 }),
    revision: fc.integer({ min: 1, max: 50 }),
  },
  { requiredKeys: [] }
);

const kpiBody = fc.record({
  name: text,
  team: fc.constantFrom('platform', 'growth', 'support'),
  owner: text,
  type: fc.constantFrom('leading' as const, 'lagging' as const),
  window: fc.constantFrom('1h', '24h', '7d', '28d', '30d', '90d', 'week', 'month', 'quarter', 'year'),
  query: fc.record({ datasource: fc.record({ type: fc.constant('prometheus'), uid: text }), expr: queryText }),
  directionAndTarget,
  optional,
});

export const validCatalog: fc.Arbitrary<KpiCatalog> = fc
  .uniqueArray(slug, { minLength: 1, maxLength: 6 })
  .chain((ids) => fc.tuple(fc.constant(ids), fc.array(kpiBody, { minLength: ids.length, maxLength: ids.length })))
  .map(([ids, bodies]) => ({
    apiVersion: 'kpi-scorecards/v1',
    kind: 'KpiCatalog',
    objectives: [{ id: 'retention', title: 'Improve customer retention' }],
    kpis: bodies.map(({ directionAndTarget: dt, optional: opt, ...body }, i): Kpi => ({
      id: ids[i],
      ...body,
      // An SLO is higher-is-better, its target the objective (left out here).
      ...(opt.slo ? { direction: 'higher-is-better' as const, target: {} } : dt),
      ...opt,
    })),
    scorecards: [{ id: 'exec-weekly', title: 'Executive weekly', select: { objective: 'retention', type: 'lagging' } }],
  }));
