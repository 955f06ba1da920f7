/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import { KPI_DATASOURCE_REF } from '../datasource/kpiQuery';

// The presets ship to every catalog: nothing in them may name the demo's KPIs, objectives, teams, tags or metrics,
// and no panel may carry its own PromQL (a KPI's query is the catalog's; the KPI datasource runs it).
const root = join(__dirname, '..', '..');
const dashboards = readdirSync(__dirname)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ file, json: JSON.parse(readFileSync(join(__dirname, file), 'utf8')) }));

interface DemoKpi {
  id: string;
  team?: string;
  tags?: string[];
}
interface DemoCatalog {
  objectives?: Array<{ id: string }>;
  kpis: DemoKpi[];
}
const demoCatalogs: DemoCatalog[] = [
  parse(readFileSync(join(root, 'examples', 'catalog.yaml'), 'utf8')),
  parse(readFileSync(join(root, 'provisioning', 'plugins', 'app.yaml'), 'utf8')).apps[0].jsonData.catalog,
];

/** Every string in a value with where it is, e.g. panels.3.targets.0.expr. */
function strings(value: unknown, path: string[] = []): Array<{ path: string; key: string; text: string }> {
  if (typeof value === 'string') {
    return [{ path: path.join('.'), key: path[path.length - 1] ?? '', text: value }];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  }
  return [];
}

// A query's metric names: its identifiers once matchers, ranges, grouping labels, variables and function calls
// are taken out (`sum by (le) (rate(x_bucket{a="b"}[5m]))` names x_bucket).
const KEYWORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'offset',
  'bool',
  'and',
  'or',
  'unless',
]);
function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/\{[^}]*\}|\[[^\]]*\]|\$+\w+/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  return [...bare.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)(?!\s*\()/g)]
    .map((m) => m[1])
    .filter((name) => !KEYWORDS.has(name));
}
const demoQueries = demoCatalogs.flatMap((c) => strings(c.kpis).filter((s) => s.key === 'expr'));
const metrics = new Set(demoQueries.flatMap((q) => metricNames(q.text)));
const ids = new Set(
  demoCatalogs.flatMap((c) => [...c.kpis.map((k) => k.id), ...(c.objectives ?? []).map((o) => o.id)])
);
const words = new Set(demoCatalogs.flatMap((c) => c.kpis.flatMap((k) => [k.team ?? '', ...(k.tags ?? [])])));
words.delete('');

// What only a query language writes: a function call, a selector with a label matcher, a range or an offset.
const PROMQL =
  /\b(sum|rate|irate|increase|avg|max|min|count|histogram_quantile|vector|last_over_time)\s*\(|\w\{\w+=~?"|\[\d+[smhdw]\]|\boffset\s+\d/;

// The dashboard's own tags (and the links listing dashboards by them) are Grafana's dashboard tags, not KPI tags.
const isDashboardTag = (path: string) => /^tags\.|^links\.\d+\.tags\./.test(path);

describe.each(dashboards)('the shipped dashboard $file', ({ json }) => {
  const all = strings(json).filter((s) => !isDashboardTag(s.path));

  it('names no KPI, objective or metric of the demo catalog', () => {
    const found = all.flatMap(({ path, text }) =>
      [...ids, ...metrics]
        .filter((name) => new RegExp(`(^|[^\\w-])${name}($|[^\\w-])`).test(text))
        .map((n) => `${path}: ${n}`)
    );
    expect(found).toEqual([]);
  });

  it('names no team or tag of the demo catalog as a value or one of its alternatives', () => {
    // A variable's name (and a panel repeated by it) is the dashboard's word, not the catalog's.
    const values = all.filter(({ path, key }) => key !== 'repeat' && !/^templating\.list\.\d+\.name$/.test(path));
    const found = values.filter(({ text }) => text.split(/[,|]/).some((part) => words.has(part.trim())));
    expect(found).toEqual([]);
  });

  it('holds no PromQL: no expr, no function call, selector, range or offset', () => {
    expect(all.filter((s) => s.key === 'expr' || PROMQL.test(s.text))).toEqual([]);
  });

  it('takes every variable from the KPI datasource and every panel from it', () => {
    const variables = json.templating.list;
    expect(variables.filter((v: { type: string }) => v.type !== 'query')).toEqual([]);
    expect(variables.map((v: { datasource: unknown }) => v.datasource)).toEqual(
      variables.map(() => KPI_DATASOURCE_REF)
    );
    const queried = json.panels.filter((p: { targets?: unknown[] }) => p.targets);
    const refs = queried.flatMap((p: { datasource: unknown; targets: Array<{ datasource: unknown }> }) => [
      p.datasource,
      ...p.targets.map((t) => t.datasource),
    ]);
    expect(queried.length).toBeGreaterThan(0);
    expect(refs).toEqual(refs.map(() => KPI_DATASOURCE_REF));
  });
});

it('finds the demo terms it guards against (so an empty list cannot pass the checks above)', () => {
  expect([...metrics]).toEqual(expect.arrayContaining(['http_requests_total', 'deploys_total', 'revenue_usd_total']));
  expect([...ids]).toEqual(expect.arrayContaining(['api-availability', 'reliable-platform']));
  expect([...words]).toEqual(expect.arrayContaining(['sre', 'slo']));
});
