// Checks the plugin's burn rates from good/total against Prometheus's own increase ratio, on the demo:
// each SLO KPI of the demo catalog asked as the plugin asks (planBurnRequests: one instant number at now per
// span, $__range = the span, as Grafana's Prometheus interpolates it) and read by errorBudget, beside the error
// ratio Prometheus computes over the same span from the 5xx counters directly. Run by
// scripts/demo/check-burn-rates.mjs. Exit 0 when every span agrees within 1%, 1 otherwise.
import { readFileSync } from 'node:fs';

import { dataFrameFromJSON, FieldType, type DataFrame } from '@grafana/data';

import { readCatalogText } from '../kpi/catalogYaml';
import { errorBudget, type CountOutcomes } from '../kpi/errorBudget';
import { type Kpi } from '../kpi/types';
import { planBurnRequests } from '../query/planBurnRequests';

const prom = process.env.PROM_URL ?? 'http://127.0.0.1:9091';
const file = process.argv[2] ?? 'provisioning/plugins/app.yaml';

async function instant(expr: string, at: number): Promise<number | null> {
  const url = `${prom}/api/v1/query?${new URLSearchParams({ query: expr, time: String(at / 1000) })}`;
  const body = await (await fetch(url)).json();
  if (body.status !== 'success') {
    throw new Error(`${expr}: ${body.error}`);
  }
  const value = body.data.result[0]?.value?.[1];
  return value === undefined ? null : Number(value);
}

const frameOf = (v: number | null): DataFrame =>
  dataFrameFromJSON({ schema: { fields: [{ name: 'Value', type: FieldType.number }] }, data: { values: [[v]] } });

async function main() {
  // A provisioning file's $$ is read as Grafana reads it: $.
  const { catalog } = readCatalogText(readFileSync(file, 'utf8'), file);
  const kpis = (catalog as { kpis: Kpi[] }).kpis.filter((k) => k.slo?.good);
  const now = Math.floor(Date.now() / 1000) * 1000;
  let failures = 0;
  for (const kpi of kpis) {
    failures += await checkKpi(kpi, now);
  }
  console.log(
    failures ? `${failures} span(s) disagree` : `${kpis.length} SLO(s): every burn rate within 1% of Prometheus`
  );
  process.exit(failures ? 1 : 0);
}

/** The good/total counts of each span, asked as the plugin asks them. */
async function pluginCounts(kpi: Kpi, now: number): Promise<CountOutcomes> {
  const counts: CountOutcomes = {};
  for (const request of planBurnRequests(kpi, now)) {
    const range = `${Math.round((request.span.to - request.span.from) / 1000)}s`;
    for (const target of request.targets) {
      const expr = String((target as unknown as { expr: string }).expr).replaceAll('$__range', range);
      const v = await instant(expr, request.span.to);
      counts[request.countSpan!] = { ...counts[request.countSpan!], [target.refId]: { frames: [frameOf(v)] } };
    }
  }
  return counts;
}

/** One line per span of the KPI; the number of spans where the plugin and Prometheus disagree. */
async function checkKpi(kpi: Kpi, now: number): Promise<number> {
  const budget = errorBudget(kpi, 100, {}, now, 30 * 86_400_000, await pluginCounts(kpi, now))!;
  const service = /service="([^"]+)"/.exec(String(kpi.query.expr))?.[1];
  let failures = 0;
  for (const [span, rate] of Object.entries(budget.burnRates)) {
    const ratio = await instant(
      `sum(increase(http_requests_total{service="${service}",code=~"5.."}[${span}])) / sum(increase(http_requests_total{service="${service}"}[${span}]))`,
      now
    );
    const expected = ratio === null ? null : ratio / (1 - kpi.slo!.objective / 100);
    const ok =
      rate !== null && expected !== null && Math.abs(rate - expected) <= 0.01 * Math.max(Math.abs(expected), 1e-9);
    failures += ok ? 0 : 1;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${kpi.id} ${span.padEnd(3)} plugin ${rate?.toFixed(6)}x  prometheus ${expected?.toFixed(6)}x`
    );
  }
  return failures;
}

main().catch((e) => {
  console.error(e.message);
  process.exit(2);
});
