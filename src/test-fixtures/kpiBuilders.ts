import { FieldType, type DataFrame } from '@grafana/data';

import { type Kpi } from '../kpi/types';

/** Small builders the tests share: a valid KPI to vary, and frames as the query layer hands them over. */

export const HOUR = 3600_000;
export const DAY = 24 * HOUR;

export function makeKpi(overrides: Partial<Kpi> = {}): Kpi {
  return {
    id: 'deployment-frequency',
    name: 'Deployment frequency',
    description: 'How often code ships to production.',
    team: 'platform',
    owner: 'jane@example.com',
    type: 'leading',
    direction: 'higher-is-better',
    target: { value: 10, atRisk: 8 },
    window: '7d',
    cadence: 'weekly',
    query: { datasource: { type: 'prometheus', uid: 'prometheus' }, expr: 'sum(increase(deploys_total[1h]))' },
    ...overrides,
  };
}

/** One time series: a time field and a number field. */
export function seriesFrame(times: number[], values: Array<number | null>): DataFrame {
  return {
    length: values.length,
    fields: [
      { name: 'Time', type: FieldType.time, config: {}, values: times },
      { name: 'Value', type: FieldType.number, config: {}, values },
    ],
  };
}

/** Samples every `step` ms ending at `end`, oldest first. */
export function evenSeries(end: number, step: number, values: Array<number | null>): DataFrame {
  return seriesFrame(
    values.map((_, i) => end - (values.length - 1 - i) * step),
    values
  );
}

/**
 * Samples at every multiple of `step` in [from, to], as Prometheus answers a range query (Grafana aligns the
 * range to the step), each valued `value(time)`.
 */
export function alignedSeries(from: number, to: number, step: number, value: (time: number) => number): DataFrame {
  const times: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) {
    times.push(t);
  }
  return seriesFrame(times, times.map(value));
}
