// Data platform team. Story: pipelines fail a little more often than they should (success rate at
// risk) yet data stays fresh (on track); the data-quality checker stopped reporting six hours
// before "now" (the stale KPI: its last value looks fine, but nobody knows any more).

import { counter, gauge, integerizer, logNormalFactor } from '../series-helpers.mjs';
import { trend } from '../shapes.mjs';

/** Hours before the anchor at which the data-quality checker stops reporting. */
export const QUALITY_SILENT_HOURS = 6;

const PIPELINES = [
  ['events', 900],
  ['orders', 1800],
  ['billing', 3600],
];

function pipelineRuns() {
  const failures = Object.fromEntries(PIPELINES.map(([name]) => [name, integerizer()]));
  const lastSuccess = {};
  return {
    families: [
      { name: 'data_pipeline_runs', type: 'counter', help: 'Batch pipeline runs, by pipeline and outcome.' },
      {
        name: 'data_pipeline_last_success_timestamp_seconds',
        type: 'gauge',
        help: 'Unix time the pipeline last finished successfully.',
      },
    ],
    series: [
      ...PIPELINES.flatMap(([pipeline]) => [
        counter('data_pipeline_runs_total', { pipeline, status: 'success' }),
        counter('data_pipeline_runs_total', { pipeline, status: 'failed' }),
      ]),
      ...PIPELINES.map(([pipeline]) => gauge('data_pipeline_last_success_timestamp_seconds', { pipeline }, 0)),
    ],
    step({ t, daysAgo, z }) {
      const failureRate = trend(daysAgo, [
        [200, 0.015],
        [60, 0.02],
        [0, 0.035],
      ]);
      const runs = PIPELINES.flatMap(([name, period]) => {
        if (t % period !== 0) {
          return [0, 0];
        }
        const failed = Math.min(1, failures[name](failureRate * logNormalFactor(z(`fail-${name}`), 0.5)));
        if (!failed || lastSuccess[name] === undefined) {
          lastSuccess[name] = t;
        }
        return [1 - failed, failed];
      });
      return [...runs, ...PIPELINES.map(([name]) => lastSuccess[name] ?? t)];
    },
  };
}

function dataQuality() {
  const datasets = ['orders', 'customers'];
  return {
    families: [
      {
        name: 'data_quality_checks_pass_ratio',
        type: 'gauge',
        help: 'Share of data-quality checks passing, by dataset.',
      },
    ],
    series: datasets.map((dataset) => gauge('data_quality_checks_pass_ratio', { dataset }, 4)),
    step({ daysAgo, z }) {
      if (daysAgo < QUALITY_SILENT_HOURS / 24) {
        return datasets.map(() => null);
      }
      return datasets.map((d) => Math.min(1, 0.986 + 0.004 * z(`quality-${d}`)));
    },
  };
}

export const dataScenarios = [pipelineRuns, dataQuality];
