// SRE team. Story: the API meets its 99.9% SLO with room to spare and its p99 latency is fine;
// checkout sits just under its stricter 99.95% objective (at risk); incidents got fewer alerts
// but take longer to resolve (MTTR off track); the prod cluster runs a bit hotter than planned
// (CPU just above its 40-70% band: at risk).

import { counter, gauge, histogram, integerizer, logNormalFactor } from '../series-helpers.mjs';
import { DAY, daily, trend, weekly } from '../shapes.mjs';

const STEP_DAYS = 300 / DAY;
const TRAFFIC_WEEK = [1.05, 1.05, 1.05, 1.05, 1.0, 0.9, 0.9];

/** Extra error ratio during the designed incidents: [daysAgo start, hours, error ratio]. */
function incidentErrors(daysAgo, incidents) {
  let extra = 0;
  for (const [start, hours, ratio] of incidents) {
    if (daysAgo <= start && daysAgo > start - hours / 24) {
      extra += ratio;
    }
  }
  return extra;
}

function httpTraffic() {
  const api = { ok: integerizer(), notFound: integerizer(), e500: integerizer(), e503: integerizer() };
  const checkout = { ok: integerizer(), e500: integerizer() };
  const latencyRuns = histogram('http_request_duration_seconds', { service: 'api' }, [
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1,
    2.5,
    Infinity,
  ]);
  return {
    families: [
      { name: 'http_requests', type: 'counter', help: 'HTTP requests served, by service and status code.' },
      { name: 'http_request_duration_seconds', type: 'histogram', help: 'HTTP request latency of the public API.' },
    ],
    series: [
      counter('http_requests_total', { service: 'api', code: '200' }),
      counter('http_requests_total', { service: 'api', code: '404' }),
      counter('http_requests_total', { service: 'api', code: '500' }),
      counter('http_requests_total', { service: 'api', code: '503' }),
      counter('http_requests_total', { service: 'checkout', code: '200' }),
      counter('http_requests_total', { service: 'checkout', code: '500' }),
      ...latencyRuns.series,
    ],
    step({ t, daysAgo, z, u }) {
      const rps =
        trend(daysAgo, [
          [200, 80],
          [0, 120],
        ]) *
        daily(t, 0.45, 15) *
        weekly(t, TRAFFIC_WEEK);
      const requests = rps * 300 * logNormalFactor(z('rps'), 0.05);
      const apiErrors =
        0.00035 * logNormalFactor(z('api-errors'), 0.6) +
        incidentErrors(daysAgo, [
          [75, 2, 0.08],
          [12.4, 0.7, 0.04],
        ]);
      const a500 = api.e500(requests * apiErrors * 0.7);
      const a503 = api.e503(requests * apiErrors * 0.3);
      const a404 = api.notFound(requests * 0.02);
      const a200 = api.ok(requests - a500 - a503 - a404);
      const checkoutRequests = requests * 0.08;
      const checkoutErrors =
        0.0008 * logNormalFactor(z('checkout-errors'), 0.6) +
        incidentErrors(daysAgo, [
          [44, 3, 0.05],
          [9.2, 1.5, 0.02],
        ]);
      const c500 = checkout.e500(checkoutRequests * checkoutErrors);
      const c200 = checkout.ok(checkoutRequests - c500);
      const slow = incidentErrors(daysAgo, [
        [75, 2, 2],
        [12.4, 0.7, 2],
      ]);
      const median =
        trend(daysAgo, [
          [200, 0.055],
          [0, 0.064],
        ]) *
        daily(t, 0.04, 15) *
        (1 + slow);
      return [
        a200,
        a404,
        a500,
        a503,
        c200,
        c500,
        ...latencyRuns.increments(a200 + a404 + a500 + a503, median, 0.55, u('latency')),
      ];
    },
  };
}

function incidents() {
  const critical = integerizer();
  const warning = integerizer();
  const resolved = integerizer();
  return {
    families: [
      { name: 'oncall_pages', type: 'counter', help: 'Pages sent to the on-call engineer, by severity.' },
      {
        name: 'incident_resolution_seconds',
        type: 'summary',
        help: 'Time from an incident being opened to it being resolved.',
      },
    ],
    series: [
      counter('oncall_pages_total', { severity: 'critical' }),
      counter('oncall_pages_total', { severity: 'warning' }),
      counter('incident_resolution_seconds_count'),
      counter('incident_resolution_seconds_sum', {}, 0),
    ],
    step({ daysAgo, z }) {
      const c = critical(
        trend(daysAgo, [
          [200, 0.15],
          [0, 0.3],
        ]) *
          STEP_DAYS *
          logNormalFactor(z('critical'), 1)
      );
      // Alert hygiene work halved the warning pages over the last quarter.
      const w = warning(
        trend(daysAgo, [
          [200, 1.2],
          [90, 1.1],
          [0, 0.6],
        ]) *
          STEP_DAYS *
          logNormalFactor(z('warning'), 1)
      );
      const n = resolved(0.5 * STEP_DAYS * logNormalFactor(z('incidents'), 0.8));
      const mttr = trend(daysAgo, [
        [200, 3000],
        [90, 4000],
        [30, 7300],
        [0, 7800],
      ]);
      return [c, w, n, n * mttr * logNormalFactor(z('mttr'), 0.4)];
    },
  };
}

function clusterCpu() {
  const nodes = [
    ['node-a', -0.02],
    ['node-b', 0],
    ['node-c', 0.02],
  ];
  return {
    families: [
      { name: 'node_cpu_utilization_ratio', type: 'gauge', help: 'CPU busy share per node of the production cluster.' },
    ],
    series: nodes.map(([node]) => gauge('node_cpu_utilization_ratio', { cluster: 'prod', node })),
    step({ t, daysAgo, z }) {
      // Only a faint daily swing: the KPI is avg_over_time over 24h, which weights the densely
      // scraped recent hours more, so a strong cycle would move it out of its designed band.
      const level =
        trend(daysAgo, [
          [200, 0.55],
          [60, 0.62],
          [7, 0.7],
          [0, 0.716],
        ]) * daily(t, 0.005, 15);
      return nodes.map(([node, offset]) => Math.min(1, Math.max(0, level + offset + 0.015 * z(`cpu-${node}`))));
    },
  };
}

export const operationsScenarios = [httpTraffic, incidents, clusterCpu];
