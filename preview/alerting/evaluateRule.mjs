// One Grafana alert rule evaluated as Grafana's server-side expressions would (pkg/expr): datasource queries
// on the demo Prometheus over their relativeTimeRange, then reduce (mode dropNN), threshold and math, in the
// order of `data`. What the KPI rules use, not all of Grafana's expressions: anything else is an error.
import { parseQuery } from '../prometheus/parseQuery.mjs';
import { runPrometheusQuery } from '../prometheus/runQuery.mjs';

const REDUCERS = {
  last: (v) => (v.length ? v[v.length - 1] : NaN),
  mean: (v) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN),
  sum: (v) => v.reduce((a, b) => a + b, 0),
  min: (v) => (v.length ? Math.min(...v) : NaN),
  max: (v) => (v.length ? Math.max(...v) : NaN),
  count: (v) => v.length,
};

const THRESHOLDS = {
  gt: (v, [a]) => v > a,
  lt: (v, [a]) => v < a,
  gte: (v, [a]) => v >= a,
  lte: (v, [a]) => v <= a,
  within_range: (v, [a, b]) => v > a && v < b,
  outside_range: (v, [a, b]) => v < a || v > b,
};

/** A math expression's text: `$Name` variables, numbers and Grafana's operators, nothing else. */
const MATH_TOKENS = /^(\s+|\$[A-Za-z]+|\d+(\.\d+)?(e[+-]?\d+)?|>=|<=|==|!=|&&|\|\||[-+*/()<>!])+$/;

class RuleError extends Error {}

/** One number per series: the values of each frame's number field, with that field's labels. */
function seriesOf(frames) {
  return frames.flatMap((frame) =>
    frame.fields.filter((f) => f.type === 'number').map((f) => ({ labels: f.labels ?? {}, values: f.values }))
  );
}

function math(expression, vars) {
  if (!MATH_TOKENS.test(expression)) {
    throw new RuleError(`math: unsupported expression ${expression}`);
  }
  const names = [...expression.matchAll(/\$([A-Za-z]+)/g)].map((m) => m[1]);
  const first = vars.get(names[0]) ?? [{ labels: {}, value: 0 }];
  return first.map(({ labels }) => {
    const key = JSON.stringify(labels);
    const text = expression.replace(/\$([A-Za-z]+)/g, (_, name) => {
      const entries = vars.get(name);
      if (!entries) {
        throw new RuleError(`math: no ${name}`);
      }
      const match = entries.length === 1 ? entries[0] : entries.find((e) => JSON.stringify(e.labels) === key);
      return `(${Number(match?.value ?? NaN)})`;
    });
    // Only numbers and operators are left: safe to compute. Comparisons give 1 or 0, as Grafana's do.
    return { labels, value: Number(new Function(`return (${text});`)()) };
  });
}

/**
 * @returns {{ health: 'ok'|'nodata'|'error', firing: boolean, error?: string, values: Record<string, number> }}
 */
export async function evaluateRule(rule, { promUrl, scrapeInterval, datasourceUid, now = Date.now() }) {
  const vars = new Map();
  try {
    for (const query of rule.data) {
      const { model, refId } = query;
      if (query.datasourceUid !== '__expr__') {
        if (query.datasourceUid !== datasourceUid) {
          throw new RuleError(`data source ${query.datasourceUid} not found`);
        }
        const { from, to } = query.relativeTimeRange;
        const parsed = parseQuery({ ...model, refId }, now - from * 1000, now - to * 1000, scrapeInterval);
        const rsp = await runPrometheusQuery(promUrl, parsed);
        if (rsp.error) {
          throw new RuleError(`${refId}: ${rsp.error}`);
        }
        const series = seriesOf(rsp.frames);
        if (series.length === 0) {
          return { health: 'nodata', firing: false, values: {} };
        }
        vars.set(refId, series);
      } else if (model.type === 'reduce') {
        const reduce = REDUCERS[model.reducer];
        if (!reduce) {
          throw new RuleError(`reduce: unsupported reducer ${model.reducer}`);
        }
        const numbers = (values) => values.filter((v) => typeof v === 'number' && Number.isFinite(v));
        vars.set(
          refId,
          (vars.get(model.expression) ?? []).map((s) => ({
            labels: s.labels,
            value: reduce(numbers(s.values ?? [s.value])),
          }))
        );
      } else if (model.type === 'threshold') {
        const { type, params } = model.conditions[0].evaluator;
        vars.set(
          refId,
          (vars.get(model.expression) ?? []).map((s) => ({
            labels: s.labels,
            value: THRESHOLDS[type](s.value, params) ? 1 : 0,
          }))
        );
      } else if (model.type === 'math') {
        vars.set(refId, math(model.expression, vars));
      } else {
        throw new RuleError(`${refId}: unsupported expression type ${model.type}`);
      }
    }
  } catch (e) {
    if (e instanceof RuleError) {
      return { health: 'error', firing: false, error: e.message, values: {} };
    }
    throw e;
  }
  const condition = vars.get(rule.condition) ?? [];
  const values = Object.fromEntries(
    [...vars].filter(([, v]) => v.length === 1 && 'value' in v[0]).map(([k, v]) => [k, v[0].value])
  );
  return { health: 'ok', firing: condition.some((c) => c.value !== 0 && !Number.isNaN(c.value)), values };
}
