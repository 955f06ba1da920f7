#!/usr/bin/env node
// A tiny exporter that continues the generated history live, for Prometheus to scrape.
//
//   LIVE_PORT=9464 LIVE_HOST=127.0.0.1 DEMO_ANCHOR_FILE=.demo/anchor.json node scripts/demo/live-samples.mjs
//
// It replays the same scenarios from the history's start (anchor.json), so every counter
// continues from the file's last value. Counters are interpolated within the 5-minute step so
// they rise smoothly between scrapes; gauges hold the step's value. Series whose scenario has
// stopped (the stale data-quality checker) are simply absent.

import fs from 'node:fs';
import http from 'node:http';
import { createEngine, valueBetween } from './series-engine.mjs';
import { formatValue, labelString } from './sample-format.mjs';

const port = Number(process.env.LIVE_PORT ?? 9464);
const host = process.env.LIVE_HOST ?? '127.0.0.1';
const anchorFile = process.env.DEMO_ANCHOR_FILE ?? '.demo/anchor.json';
const { anchor, start } = JSON.parse(fs.readFileSync(anchorFile, 'utf8'));

const engine = createEngine({ anchor, start });
let previous = Float64Array.from(engine.next());
let previousTime = engine.time;
let current = Float64Array.from(engine.next());

/** Moves the engine so that previousTime <= now < engine.time. */
function advanceTo(now) {
  while (engine.time <= now) {
    previous = current;
    previousTime = engine.time;
    current = Float64Array.from(engine.next());
  }
}

function render() {
  const now = Date.now() / 1000;
  advanceTo(now);
  const frac = Math.min(1, Math.max(0, (now - previousTime) / (engine.time - previousTime)));
  const lines = [];
  for (const family of engine.families) {
    const members = engine.series.map((s, i) => ({ ...s, i })).filter((s) => s.family === family.name);
    const typeName = family.type === 'counter' ? `${family.name}_total` : family.name;
    lines.push(`# HELP ${typeName} ${family.help}`, `# TYPE ${typeName} ${family.type}`);
    for (const s of members) {
      const before = previous[s.i];
      if (Number.isNaN(before)) {
        continue;
      }
      // Rounded like the history file rounds (formatValue), so the first live value equals the
      // file's last one: a counter one below it would read as a reset.
      const v = valueBetween(s, before, current[s.i], frac);
      lines.push(`${s.name}${labelString(s.labels, { withJob: false })} ${formatValue(v, s.decimals)}`);
    }
  }
  return lines.join('\n') + '\n';
}

advanceTo(Date.now() / 1000);

http
  .createServer((req, res) => {
    if (req.url === '/metrics') {
      res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' });
      res.end(render());
    } else if (req.url === '/-/ready' || req.url === '/') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('kpi demo live samples: /metrics\n');
    } else {
      res.writeHead(404).end();
    }
  })
  .listen(port, host, () => {
    console.error(
      `live samples on http://${host}:${port}/metrics (history anchor ${new Date(anchor * 1000).toISOString()})`
    );
  });

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(0));
}
