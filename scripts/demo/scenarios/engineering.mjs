// Platform team (DORA). Story: deploys keep getting more frequent and safer (deployment frequency
// and change failure rate on track), but a CI regression about three weeks ago slowed pipelines
// (CI duration off track) and is now dragging lead time for changes into the at-risk band.

import { counter, histogram, integerizer, logNormalFactor } from '../series-helpers.mjs';
import { DAY, daily, trend, weekly } from '../shapes.mjs';

const STEP_DAYS = 300 / DAY;
const WORKWEEK = [1.25, 1.3, 1.25, 1.15, 0.9, 0.1, 0.05];

function deploysAndLeadTime() {
  const prod = integerizer();
  const staging = integerizer();
  const failures = integerizer();
  const changes = integerizer();
  return {
    families: [
      { name: 'deploys', type: 'counter', help: 'Deployments finished, by environment.' },
      {
        name: 'deploy_failures',
        type: 'counter',
        help: 'Production deployments that needed a rollback, hotfix or incident.',
      },
      {
        name: 'change_lead_time_seconds',
        type: 'summary',
        help: 'Time from first commit to running in production, per change.',
      },
    ],
    series: [
      counter('deploys_total', { env: 'production' }),
      counter('deploys_total', { env: 'staging' }),
      counter('deploy_failures_total', { env: 'production' }),
      counter('change_lead_time_seconds_count'),
      counter('change_lead_time_seconds_sum', {}, 0),
    ],
    step({ t, daysAgo, z }) {
      const shape = weekly(t, WORKWEEK) * daily(t, 0.9, 13);
      const perDay = trend(daysAgo, [
        [200, 5.5],
        [120, 7],
        [30, 9],
        [0, 9.6],
      ]);
      const p = prod(perDay * shape * STEP_DAYS * logNormalFactor(z('deploys'), 0.5));
      const s = staging(3 * perDay * shape * STEP_DAYS * logNormalFactor(z('staging'), 0.5));
      const failureRate = trend(daysAgo, [
        [200, 0.18],
        [100, 0.13],
        [0, 0.09],
      ]);
      const f = failures(p * failureRate);
      const n = changes(p * 2.5 * logNormalFactor(z('changes'), 0.3));
      const leadDays = trend(daysAgo, [
        [200, 0.8],
        [60, 0.85],
        [21, 1.12],
        [0, 1.27],
      ]);
      return [p, s, f, n, n * leadDays * DAY * logNormalFactor(z('lead'), 0.35)];
    },
  };
}

function ciPipelines() {
  const runs = integerizer();
  const h = histogram('ci_pipeline_duration_seconds', {}, [120, 300, 600, 900, 1200, 1500, 1800, 2700, 3600, Infinity]);
  return {
    families: [
      {
        name: 'ci_pipeline_duration_seconds',
        type: 'histogram',
        help: 'Duration of CI pipeline runs on the main branch.',
      },
    ],
    series: h.series,
    step({ t, daysAgo, z, u }) {
      const perDay = trend(daysAgo, [
        [200, 300],
        [0, 420],
      ]);
      const n = runs(perDay * weekly(t, WORKWEEK) * daily(t, 0.8, 13) * STEP_DAYS);
      // The regression: a new integration test suite landed ~18 days ago.
      const median =
        trend(daysAgo, [
          [200, 470],
          [90, 500],
          [25, 520],
          [18, 820],
          [0, 880],
        ]) * logNormalFactor(z('ci'), 0.05);
      return h.increments(n, median, 0.35, u('ci-buckets'));
    },
  };
}

export const engineeringScenarios = [deploysAndLeadTime, ciPipelines];
