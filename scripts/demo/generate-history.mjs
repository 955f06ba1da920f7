#!/usr/bin/env node
// Writes the demo's Prometheus history as an OpenMetrics file for
// `promtool tsdb create-blocks-from openmetrics`, plus anchor.json (the history's "now") that the
// live exporter reads to continue the same series.
//
//   node scripts/demo/generate-history.mjs [--out FILE] [--now ISO-8601] [--days N]
//
// Deterministic: the same --now gives the same file. Sample spacing (about 80 MB in all):
//   30 minutes before the last 90 days (enough for [1h] rates and long trends),
//   15 minutes up to two days before the anchor,
//   5 minutes in the last two days (a 1h p99 needs several samples),
//   15 seconds, like the live scrape, in the last six hours.

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { STEP_SECONDS, alignAnchor, createEngine, historyStart, valueBetween } from './series-engine.mjs';
import { formatValue, labelString } from './sample-format.mjs';
import { DAY, HOUR } from './shapes.mjs';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: '.demo/history.om' },
    now: { type: 'string' },
    days: { type: 'string', default: '200' },
  },
});

const nowMs = args.now ? Date.parse(args.now) : Date.now();
if (Number.isNaN(nowMs)) {
  console.error(`--now: not an ISO-8601 time: ${args.now}`);
  process.exit(2);
}
const anchor = alignAnchor(nowMs / 1000);
const start = historyStart(anchor, Number(args.days));
const denseFrom = anchor - 2 * DAY;
const sparseBefore = anchor - 90 * DAY;
// The last hours as if scraped, so short-range rate()s (a 6h panel's $__rate_interval of 1m) have data.
const scrapedFrom = anchor - 6 * HOUR;
const SCRAPE_SECONDS = 15;

const engine = createEngine({ anchor, start });
const times = [];
const columns = engine.series.map(() => []);
let before = null;
while (engine.time < anchor) {
  const values = engine.next();
  const t = engine.time;
  if (t > scrapedFrom && before) {
    // As the live exporter would have been scraped: every 15s, between the steps.
    for (let s = t - STEP_SECONDS + SCRAPE_SECONDS; s < t; s += SCRAPE_SECONDS) {
      times.push(s);
      engine.series.forEach((series, i) =>
        columns[i].push(valueBetween(series, before[i], values[i], (s - t) / STEP_SECONDS + 1))
      );
    }
  }
  if (t % (t < sparseBefore ? 1800 : 900) === 0 || t >= denseFrom) {
    times.push(t);
    values.forEach((v, i) => columns[i].push(v));
  }
  before = t >= scrapedFrom ? Float64Array.from(values) : null;
}

fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
const fd = fs.openSync(args.out, 'w');
let buffer = [];
let buffered = 0;
const write = (line) => {
  buffer.push(line);
  buffered += line.length + 1;
  if (buffered > 1 << 20) {
    flush();
  }
};
const flush = () => {
  fs.writeSync(fd, buffer.join('\n') + '\n');
  buffer = [];
  buffered = 0;
};

let samples = 0;
for (const family of engine.families) {
  write(`# HELP ${family.name} ${family.help}`);
  write(`# TYPE ${family.name} ${family.type}`);
  const members = engine.series.map((s, i) => ({ ...s, i })).filter((s) => s.family === family.name);
  // One metric = the series sharing labels apart from le; a histogram's or summary's samples for
  // one timestamp (buckets, _count, _sum) are written together, as OpenMetrics groups them.
  const metrics = new Map();
  for (const m of members) {
    const { le, ...rest } = m.labels;
    void le;
    const key = JSON.stringify(rest);
    metrics.set(key, [...(metrics.get(key) ?? []), m]);
  }
  for (const group of metrics.values()) {
    const heads = group.map((m) => `${m.name}${labelString(m.labels)} `);
    for (let p = 0; p < times.length; p++) {
      for (let g = 0; g < group.length; g++) {
        const v = columns[group[g].i][p];
        if (!Number.isNaN(v)) {
          write(`${heads[g]}${formatValue(v, group[g].decimals)} ${times[p]}`);
          samples++;
        }
      }
    }
  }
}
write('# EOF');
flush();
fs.closeSync(fd);

const anchorFile = path.join(path.dirname(args.out), 'anchor.json');
fs.writeFileSync(
  anchorFile,
  JSON.stringify({ anchor, start, anchorIso: new Date(anchor * 1000).toISOString() }, null, 2) + '\n'
);
console.error(
  `${args.out}: ${engine.series.length} series, ${samples} samples, ${new Date(start * 1000).toISOString()} .. ${new Date(anchor * 1000).toISOString()}`
);
