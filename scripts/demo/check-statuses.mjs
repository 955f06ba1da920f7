#!/usr/bin/env node
// Checks the demo Prometheus against the demo catalog's design: every KPI's query returns exactly
// one series, its status by the spec's rules is the one designed-statuses.mjs names, and no
// counter ever drops.
//
//   node scripts/demo/check-statuses.mjs [--prometheus http://127.0.0.1:9091]
//     [--catalog provisioning/plugins/app.yaml] [--now ISO] [--response-out FILE] [--previous-out FILE]
//
// --response-out (and --previous-out, for the previous period) write the answers as Grafana
// /api/ds/query bodies (refId = KPI id), for
// `npm run --silent kpi -- evaluate --catalog ... --response FILE --previous FILE --now ...`.
// Exit 0 when every KPI matches its design, 1 otherwise.

import fs from 'node:fs';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { DESIGNED_STATUSES } from './designed-statuses.mjs';
import {
  budgetLeft,
  budgetStatus,
  forecast,
  parseDuration,
  previousWindow,
  reduce,
  resolveWindow,
  roundIntervalMs,
  thresholdStatus,
} from './spec-status.mjs';

const { values: args } = parseArgs({
  options: {
    prometheus: { type: 'string', default: `http://127.0.0.1:${process.env.PROM_PORT ?? 9091}` },
    catalog: { type: 'string', default: 'provisioning/plugins/app.yaml' },
    now: { type: 'string' },
    'response-out': { type: 'string' },
    'previous-out': { type: 'string' },
  },
});

const SCRAPE_SECONDS = 15; // the datasource's timeInterval
const MAX_DATA_POINTS = 720; // what the plugin asks for (src/query/toDataQueryRequest.ts)

const doc = YAML.parse(fs.readFileSync(args.catalog, 'utf8'));
const catalog = doc.apps ? doc.apps[0].jsonData.catalog : doc;
if (doc.apps) {
  // Grafana reads $$ in a provisioning file as a literal $ (and $NAME as an environment variable).
  const unescape = (query) => query && (query.expr = query.expr.replaceAll('$$', '$'));
  catalog.kpis.forEach((kpi) => [kpi.query, kpi.slo?.good, kpi.slo?.total].forEach(unescape));
}
const previousFrames = new Map();
const now = Math.floor((args.now ? Date.parse(args.now) : Date.now()) / 1000);

async function prom(path, params) {
  const res = await fetch(`${args.prometheus}${path}?${new URLSearchParams(params)}`);
  const body = await res.json();
  if (body.status !== 'success') {
    throw new Error(`${body.errorType}: ${body.error}`);
  }
  return body.data;
}

/** Grafana's interpolation of the interval variables for one request. */
function interpolate(expr, stepSeconds, rangeSeconds) {
  const rate = Math.max(stepSeconds + SCRAPE_SECONDS, 4 * SCRAPE_SECONDS);
  return expr
    .replaceAll('$__rate_interval', `${rate}s`)
    .replaceAll('$__interval', `${stepSeconds}s`)
    .replaceAll('$__range', `${rangeSeconds}s`);
}

/** The query's answer over one window, as Grafana would ask for it. */
async function queryWindow(kpi, win) {
  const step = Math.max(SCRAPE_SECONDS, roundIntervalMs(((win.to - win.from) * 1000) / MAX_DATA_POINTS) / 1000);
  const expr = interpolate(kpi.query.expr, step, win.to - win.from);
  const range = await prom('/api/v1/query_range', {
    query: expr,
    start: Math.ceil(win.from / step) * step,
    end: win.to,
    step,
  });
  return { step, expr, range };
}

/** A calendar window's previous period, whole: its total feeds the forecast. */
async function previousTotal(kpi, win) {
  if (!win.periodEnd) {
    return null;
  }
  const before = resolveWindow(kpi.window, win.from - 1);
  const { range } = await queryWindow(kpi, { from: before.from, to: before.periodEnd });
  const points = range.result[0]?.values ?? [];
  return reduce(
    kpi.reduce ?? 'lastNotNull',
    points.map(([, v]) => Number(v))
  );
}

async function checkKpi(kpi) {
  const win = resolveWindow(kpi.window, now);
  const { step, expr, range } = await queryWindow(kpi, win);
  if (args['previous-out']) {
    const previous = await queryWindow(kpi, previousWindow(kpi.window, win));
    const points = previous.range.result[0]?.values.map(([t, v]) => [t, Number(v)]);
    previousFrames.set(kpi.id, { step: previous.step, points });
  }
  const instant = await prom('/api/v1/query', { query: expr, time: now });
  const row = {
    id: kpi.id,
    designed: DESIGNED_STATUSES[kpi.id],
    series: range.result.length,
    instantSeries: instant.result.length,
  };
  if (range.result.length !== 1) {
    return { ...row, status: range.result.length === 0 ? 'no-data' : 'error' };
  }
  const points = range.result[0].values.map(([t, v]) => [t, Number(v)]);
  row.frame = points;
  row.step = step;
  const value = reduce(
    kpi.reduce ?? 'lastNotNull',
    points.map(([, v]) => v)
  );
  const newest = points.filter(([, v]) => !Number.isNaN(v)).at(-1)?.[0] ?? null;
  row.value = value;
  row.newestAgo = newest === null ? null : now - newest;
  row.forecast = value === null ? null : forecast(kpi, win, value, now, await previousTotal(kpi, win));
  row.budgetLeft = kpi.slo && value !== null ? budgetLeft(kpi, value) : null;
  const maxAge = kpi.maxAge ? parseDuration(kpi.maxAge) : null;
  if (value === null) {
    row.status = 'no-data';
  } else if (maxAge !== null && newest < now - maxAge) {
    row.status = 'stale';
  } else {
    row.status = kpi.slo ? budgetStatus(kpi, value) : thresholdStatus(kpi, row.forecast ?? value);
  }
  return row;
}

const rows = [];
for (const kpi of catalog.kpis) {
  try {
    rows.push(await checkKpi(kpi));
  } catch (e) {
    rows.push({ id: kpi.id, designed: DESIGNED_STATUSES[kpi.id], status: 'error', error: e.message });
  }
}

const fmt = (v) =>
  v === null || v === undefined ? '-' : Math.abs(v) >= 1000 ? v.toFixed(0) : Number(v.toPrecision(5)).toString();
console.log(`now ${new Date(now * 1000).toISOString()}  prometheus ${args.prometheus}`);
let failures = 0;
for (const r of rows) {
  const kpi = catalog.kpis.find((k) => k.id === r.id);
  const target =
    kpi.direction === 'in-range'
      ? `${kpi.target.min}..${kpi.target.max}`
      : `${kpi.target.value} (at risk ${kpi.target.atRisk ?? 'default'})`;
  const ok = r.status === r.designed && r.series === 1;
  failures += ok ? 0 : 1;
  console.log(
    [
      ok ? 'ok  ' : 'FAIL',
      r.id.padEnd(26),
      String(r.status).padEnd(9),
      `value ${fmt(r.value)}`.padEnd(18),
      r.forecast != null
        ? `forecast ${fmt(r.forecast)}`.padEnd(20)
        : r.budgetLeft != null
          ? `budget ${(r.budgetLeft * 100).toFixed(1)}%`.padEnd(20)
          : ''.padEnd(20),
      `target ${target}`.padEnd(36),
      `series ${r.series ?? '-'}/${r.instantSeries ?? '-'}`,
      r.newestAgo > 120 ? ` newest ${(r.newestAgo / 3600).toFixed(1)}h ago` : '',
      r.status !== r.designed ? ` (designed ${r.designed})` : '',
      r.error ? ` ${r.error}` : '',
    ].join(' ')
  );
}

/** A Grafana /api/ds/query body with one frame per KPI (refId = KPI id), as the Prometheus datasource answers. */
function dsQueryBody(answers) {
  const frame = (id, step, points) => ({
    schema: {
      refId: id,
      meta: { type: 'timeseries-multi', typeVersion: [0, 1] },
      fields: [
        { name: 'Time', type: 'time', typeInfo: { frame: 'time.Time' }, config: { interval: step * 1000 } },
        { name: 'Value', type: 'number', typeInfo: { frame: 'float64' }, labels: {}, config: {} },
      ],
    },
    data: { values: [points.map(([t]) => t * 1000), points.map(([, v]) => v)] },
  });
  const results = {};
  for (const [id, a] of answers) {
    results[id] = a.error
      ? { error: a.error, status: 400 }
      : { status: 200, frames: a.points ? [frame(id, a.step, a.points)] : [] };
  }
  return JSON.stringify({ results });
}

if (args['response-out']) {
  const answers = rows.map((r) => [r.id, { error: r.error, step: r.step, points: r.frame }]);
  fs.writeFileSync(args['response-out'], dsQueryBody(answers));
}
if (args['previous-out']) {
  fs.writeFileSync(args['previous-out'], dsQueryBody([...previousFrames]));
}

// Counters must only rise: a drop (say, a live value rounded below the file's last one) reads as
// a reset and inflates every increase() across it.
const names = await prom('/api/v1/label/__name__/values', { 'match[]': '{job="kpi-demo"}' });
for (const name of names.filter((n) => /_(total|bucket|sum|count)$/.test(n))) {
  const resets = await prom('/api/v1/query', { query: `sum(resets(${name}[400d])) > 0`, time: now });
  if (resets.result.length) {
    failures++;
    console.log(`FAIL counter ${name} drops ${resets.result[0].value[1]} time(s)`);
  }
}

console.log(
  failures ? `${failures} problem(s): not as designed` : `all ${rows.length} KPIs as designed, counters monotonic`
);
process.exit(failures ? 1 : 0);
