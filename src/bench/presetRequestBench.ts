import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { dateTime, type DataQueryRequest, type DataQueryResponse } from '@grafana/data';
import { type DataSourceSrv } from '@grafana/runtime';
import { lastValueFrom, of } from 'rxjs';
import { parse } from 'yaml';

import { catalogVariableValues } from '../datasource/catalogVariableValues';
import { KPI_DATASOURCE_TYPE, type KpiDsQuery, type KpiVariableKind } from '../datasource/kpiQuery';
import { runKpiTable } from '../datasource/runKpiTable';
import { tableSelection } from '../datasource/tableSelection';
import { parseYamlOrJson } from '../kpi/parseCatalogText';
import { type Kpi } from '../kpi/types';
import { validateCatalog } from '../kpi/validateCatalog';
import { type LoadedCatalog } from '../query/catalogSettings';
import { planKpiRequests } from '../query/planKpiRequests';
import { selectPanelKpis } from '../query/selectPanelKpis';

interface DashboardPanel {
  datasource?: { type?: string };
  targets?: KpiDsQuery[];
  panels?: DashboardPanel[];
  repeat?: string;
}

interface Dashboard {
  panels: DashboardPanel[];
  templating?: {
    list: Array<{ name: string; query?: KpiVariableKind; current?: { value?: string | string[] } }>;
  };
}

const NOW = Date.parse('2026-03-18T12:00:00Z');

/**
 * The datasource requests one refresh of a preset sends through the KPI datasource: each of its KPI table queries
 * (repeated panels once per value; the dashboard's variables at their saved values, on the demo catalog) run
 * together through runKpiTable, as a refresh issues them, against a datasource service that counts what it is
 * sent; and, for comparison, the plan of one query for the union of their KPIs (what the `-- Dashboard --`
 * datasource sharing one query would send).
 */
async function presetRequests(root: string, name: string, catalog: LoadedCatalog) {
  const dashboard: Dashboard = JSON.parse(readFileSync(join(root, 'src', 'dashboards', `${name}.json`), 'utf8'));
  // Each variable at its saved value; a query variable on All is every value its variable query lists, as
  // Grafana gives it (the presets' variables have no custom all value).
  const values = new Map<string, string[]>();
  for (const v of dashboard.templating?.list ?? []) {
    const current = v.current?.value;
    const saved = Array.isArray(current) ? current : [String(current ?? '')];
    const all = saved.includes('$__all') && v.query;
    values.set(v.name, all ? catalogVariableValues(catalog, all).map((o) => String(o.value)) : saved);
  }
  const replacer = (vars: Map<string, string[]>) => (text: string) =>
    text.replace(/\$(\w+)/g, (m, n) => vars.get(n)?.join('|') ?? m);
  const plan = (kpis: Kpi[]) =>
    planKpiRequests(kpis, { now: NOW, timeZone: 'utc', withPrevious: true, withFreshness: true }).requests.length;
  // A panel repeated by a variable queries once per value, with the variable at that value.
  const queries = dashboard.panels
    .flatMap((p) => [p, ...(p.panels ?? [])])
    .filter((p) => p.datasource?.type === KPI_DATASOURCE_TYPE)
    .flatMap((p) => {
      const repeats = p.repeat ? (values.get(p.repeat) ?? []) : [undefined];
      return repeats.flatMap((value) => {
        const vars = value === undefined ? values : new Map([...values, [p.repeat!, [value]]]);
        return (p.targets ?? []).map((q) => ({ q, replace: replacer(vars) }));
      });
    })
    .filter(({ q }) => (q.queryType ?? 'kpis') === 'kpis');
  const selections = queries.map(({ q, replace }) => {
    const chosen = tableSelection(q, catalog, replace);
    return 'empty' in chosen ? [] : selectPanelKpis(catalog, chosen.selector, chosen.byIds).kpis;
  });
  const union = [...new Map(selections.flat().map((k) => [k.id, k])).values()];
  return { queries: queries.length, requests: await sentRequests(queries, catalog), union: plan(union) };
}

/** Runs the queries as one refresh does (all at once, same time range) and counts the requests sent. */
async function sentRequests(
  queries: Array<{ q: KpiDsQuery; replace: (text: string) => string }>,
  catalog: LoadedCatalog
) {
  let sent = 0;
  const ds = { query: (r: DataQueryRequest) => (sent++, of<DataQueryResponse>({ data: [], key: r.requestId })) };
  const dsSrv = { get: () => Promise.resolve(ds) } as unknown as DataSourceSrv;
  const to = dateTime(NOW);
  const from = dateTime(NOW - 86_400_000);
  const request = { range: { from, to, raw: { from, to } }, timezone: 'utc', scopedVars: {}, targets: [] };
  await Promise.all(
    queries.map(({ q, replace }) =>
      lastValueFrom(
        runKpiTable(q, request as unknown as DataQueryRequest, { dsSrv, replace, catalog: async () => catalog })
      )
    )
  );
  return sent;
}

export async function benchPresetRequests(print: (name: string, value: number, digits?: number) => void) {
  const root = process.cwd();
  const app = parse(readFileSync(join(root, 'provisioning', 'plugins', 'app.yaml'), 'utf8'));
  // The demo catalog as an object (or text, as a provisioning file may hold it).
  const raw: unknown = app.apps[0].jsonData.catalog;
  const document = typeof raw === 'string' ? parseYamlOrJson(raw) : raw;
  const catalog = { jsonData: {}, configured: true, validation: validateCatalog(document) };
  for (const name of ['executive', 'oncall']) {
    const { queries, requests, union } = await presetRequests(root, name, catalog);
    print(`KPI datasource requests per refresh (${name} preset, ${queries} KPI queries, demo catalog)`, requests, 0);
    print(`KPI datasource requests per refresh (${name} preset's KPIs as one shared query)`, union, 0);
  }
}
