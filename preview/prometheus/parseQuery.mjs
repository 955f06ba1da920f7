// One /api/ds/query query -> what Grafana's Prometheus backend runs
// (pkg/promlib/models/query.go Parse): the step, the interpolated expression,
// range and/or instant.
import { formatInterval, goDurationString, parseInterval, roundInterval } from './goTime.mjs';

const DEFAULT_MIN_STEP = 15000; // Grafana's default when neither query nor datasource sets one
const DEFAULT_RESOLUTION = 1500;
const SAFE_RESOLUTION = 11000;
const RATE_INTERVAL_VARS = ['$__rate_interval', '${__rate_interval}'];
const INTERVAL_VARS = ['$__interval', '${__interval}'];

function minIntervalFrom(scrapeInterval, queryInterval, intervalMs) {
  const interval = queryInterval === '0s' ? '' : queryInterval;
  if (!interval && intervalMs) {
    return intervalMs;
  }
  const chosen = interval || scrapeInterval;
  return chosen ? parseInterval(chosen) : DEFAULT_MIN_STEP;
}

function rateInterval(queryIntervalMs, scrape) {
  const scrapeMs = parseInterval(scrape || '15s');
  return Math.max(queryIntervalMs + scrapeMs, 4 * scrapeMs);
}

/** calculatePrometheusInterval */
export function calculateStep(
  { interval = '', intervalMs = 0, intervalFactor = 0, maxDataPoints = 0 },
  rangeMs,
  scrapeInterval
) {
  const queryInterval = [...INTERVAL_VARS, ...RATE_INTERVAL_VARS].includes(interval) ? '' : interval;
  const minInterval = minIntervalFrom(scrapeInterval, queryInterval, intervalMs);
  const raw = Math.trunc(rangeMs / (maxDataPoints || DEFAULT_RESOLUTION));
  const calculated = raw < minInterval ? minInterval : roundInterval(raw);
  const safe = roundInterval(Math.trunc(rangeMs / SAFE_RESOLUTION));
  const adjusted = Math.max(calculated, safe);
  if (RATE_INTERVAL_VARS.includes(interval)) {
    return rateInterval(adjusted, scrapeInterval);
  }
  return adjusted * (intervalFactor || 1);
}

/** InterpolateVariables: the variables the backend (not the frontend) replaces. */
export function interpolateExpr(expr, { queryIntervalMs, stepMs, requestedMinStep, scrapeInterval, rangeMs }) {
  const rangeS = Math.round(rangeMs / 1000);
  let rate;
  if (RATE_INTERVAL_VARS.includes(requestedMinStep)) {
    rate = stepMs;
  } else {
    let minStep = INTERVAL_VARS.includes(requestedMinStep) ? goDurationString(stepMs) : requestedMinStep;
    minStep ||= scrapeInterval;
    rate = rateInterval(queryIntervalMs, minStep);
  }
  const replacements = [
    ['__interval_ms', String(stepMs)],
    ['__interval', formatInterval(stepMs)],
    ['__range_ms', String(rangeMs)],
    ['__range_s', String(rangeS)],
    ['__range', `${rangeS}s`],
    ['__rate_interval_ms', String(rate)],
    ['__rate_interval', goDurationString(rate)],
  ];
  for (const [name, value] of replacements) {
    expr = expr.replaceAll(`$${name}`, value).replaceAll(`\${${name}}`, value);
  }
  return expr;
}

/**
 * @param q one entry of the request's `queries`
 * @param from epoch ms, @param to epoch ms
 */
export function parseQuery(q, from, to, scrapeInterval = '') {
  const rangeMs = to - from;
  const stepMs = calculateStep(q, rangeMs, scrapeInterval);
  const expr = interpolateExpr(q.expr ?? '', {
    queryIntervalMs: q.intervalMs ?? 0,
    stepMs,
    requestedMinStep: q.interval ?? '',
    scrapeInterval,
    rangeMs,
  });
  const range = Boolean(q.range) || !q.instant;
  return {
    refId: q.refId,
    expr,
    stepMs,
    legendFormat: q.legendFormat ?? '',
    start: from,
    end: to,
    range,
    instant: Boolean(q.instant),
    utcOffsetSec: q.utcOffsetSec ?? 0,
  };
}

/** models.AlignTimeRange: start and end rounded down to a multiple of the step. */
export function alignToStep(t, stepMs, offsetSec = 0) {
  const offset = offsetSec * 1000;
  return Math.floor((t + offset) / stepMs) * stepMs - offset;
}
