import { FieldType, type DataFrame } from '@grafana/data';

import { type Kpi, type KpiCatalog } from '../kpi/types';

/** Deterministic inputs for the benchmark: a large valid catalog and a month of hourly samples per KPI. */

const REDUCERS = ['lastNotNull', 'mean', 'sum', 'max'];
const HOUR = 3600_000;

/** A small, seeded PRNG so every run measures the same data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function benchKpi(i: number): Kpi {
  const lagging = i % 2 === 1;
  return {
    id: `kpi-${i}`,
    name: `KPI number ${i}`,
    description: 'Generated for the benchmark.',
    category: 'engineering',
    team: `team-${Math.floor(i / 5)}`,
    owner: `owner-${i % 97}@example.com`,
    type: lagging ? 'lagging' : 'leading',
    // Each leading KPI drives the lagging one after it.
    ...(lagging ? {} : { drives: [`kpi-${i + 1}`] }),
    unit: i % 3 === 0 ? 'percent' : 'short',
    direction: lagging ? 'lower-is-better' : 'higher-is-better',
    target: lagging ? { value: 60, atRisk: 90 } : { value: 10 },
    window: i % 4 === 0 ? 'month' : '30d',
    reduce: REDUCERS[i % REDUCERS.length],
    cadence: 'weekly',
    maxAge: '2h',
    query: { datasource: { type: 'prometheus', uid: 'prom' }, expr: `sum(rate(metric_${i}_total[5m]))` },
    links: [{ title: 'Runbook', url: `https://wiki.example.com/kpi/${i}` }],
    tags: ['bench'],
  };
}

export function benchCatalog(count: number): KpiCatalog {
  // An even count, so the last leading KPI's lagging partner exists.
  const kpis = Array.from({ length: count + (count % 2) }, (_, i) => benchKpi(i));
  return { apiVersion: 'kpi-scorecards/v1', kind: 'KpiCatalog', kpis };
}

/** `points` hourly samples ending at `now`, about one in fifty null, as a range query returns them. */
export function benchSeries(
  points: number,
  now: number,
  next: () => number
): { times: number[]; values: Array<number | null> } {
  const times: number[] = [];
  const values: Array<number | null> = [];
  for (let p = points - 1; p >= 0; p--) {
    times.push(now - p * HOUR);
    values.push(next() < 0.02 ? null : Math.round(next() * 10000) / 100);
  }
  return { times, values };
}

export function seriesToFrame(series: { times: number[]; values: Array<number | null> }): DataFrame {
  return {
    length: series.values.length,
    fields: [
      { name: 'Time', type: FieldType.time, config: {}, values: series.times },
      { name: 'Value', type: FieldType.number, config: {}, values: series.values },
    ],
  };
}
