import { durationMs, percentFactor } from './grafanaKnowledge';
import { isRecord } from './places';

/** One finding of a rule: where under the KPI's place, and what to fix. */
export interface RuleFinding {
  path: string;
  message: string;
}

/**
 * The spec's errors for a KPI with `slo` (validation: "for a KPI with slo"): a direction other than
 * higher-is-better, a target.value that differs from the objective (in the KPI's unit: 0.999 for 99.9 in
 * percentunit), a target.atRisk (an SLO's at-risk comes from its budget), good without total or the reverse.
 */
export function sloErrors(kpi: Record<string, unknown>): RuleFinding[] {
  const slo = kpi.slo;
  if (!isRecord(slo)) {
    return [];
  }
  const found: RuleFinding[] = [];
  if (typeof kpi.direction === 'string' && kpi.direction !== 'higher-is-better') {
    found.push({
      path: 'direction',
      message: `an SLO is higher-is-better (its value is the share of good events), got '${kpi.direction}'`,
    });
  }
  const target = isRecord(kpi.target) ? kpi.target : {};
  found.push(...targetValueErrors(slo, target, typeof kpi.unit === 'string' ? kpi.unit : undefined));
  if (target.atRisk !== undefined) {
    found.push({
      path: 'target.atRisk',
      message: 'not for an SLO: it is at-risk when less than 25% of its error budget is left',
    });
  }
  return [...found, ...countPairErrors(slo)];
}

/** A target.value other than the objective, in the KPI's unit (0.999 for 99.9 in percentunit). */
function targetValueErrors(
  slo: Record<string, unknown>,
  target: Record<string, unknown>,
  unit: string | undefined
): RuleFinding[] {
  if (typeof slo.objective !== 'number' || typeof target.value !== 'number') {
    return [];
  }
  const objective = Number((slo.objective / (percentFactor(unit) ?? 1)).toPrecision(15));
  if (target.value === objective) {
    return [];
  }
  return [
    {
      path: 'target.value',
      message: `differs from slo.objective (${objective}${unit === 'percentunit' ? ' in percentunit' : ''}): an SLO's target is its objective; leave target.value out or make it ${objective}`,
    },
  ];
}

/** good without total, or the reverse: the burn rate needs both. */
function countPairErrors(slo: Record<string, unknown>): RuleFinding[] {
  if (slo.good !== undefined && slo.total === undefined) {
    return [{ path: 'slo.total', message: 'required with slo.good: the burn rate is 1 - good/total' }];
  }
  if (slo.total !== undefined && slo.good === undefined) {
    return [{ path: 'slo.good', message: 'required with slo.total: the burn rate is 1 - good/total' }];
  }
  return [];
}

/** A range selector in PromQL: [5m], [1h:1m]; `$__rate_interval` and other variables are not fixed. */
const RANGE_SELECTOR = /\[(\d+[smhdwy](?:\d+[smhdwy])*)(?::[^\]]*)?\]/g;
const FIVE_MINUTES = 5 * 60_000;

/**
 * The spec's two traps: a percent KPI whose target is 90 or more with neither atRisk nor slo (the default band,
 * 10% of the target, is wider than the target's distance to 100), and an slo KPI on Prometheus whose query has a
 * fixed range selector longer than 5m (its short burn rates would be smoothed).
 */
export function targetTrapWarnings(kpi: Record<string, unknown>): RuleFinding[] {
  const found: RuleFinding[] = [];
  const target = isRecord(kpi.target) ? kpi.target : {};
  const factor = percentFactor(typeof kpi.unit === 'string' ? kpi.unit : undefined);
  if (
    factor !== undefined &&
    kpi.slo === undefined &&
    typeof target.value === 'number' &&
    target.value * factor >= 90 &&
    target.atRisk === undefined &&
    kpi.direction === 'higher-is-better'
  ) {
    const band = Number((target.value * 0.9).toPrecision(15));
    found.push({
      path: 'target',
      message: `no atRisk: the default band (10% of the target) makes everything from ${band} at-risk; set target.atRisk, or slo for an error budget`,
    });
  }
  const query = isRecord(kpi.query) ? kpi.query : {};
  const datasource = isRecord(query.datasource) ? query.datasource : {};
  if (isRecord(kpi.slo) && datasource.type === 'prometheus' && typeof query.expr === 'string') {
    const long = [...query.expr.matchAll(RANGE_SELECTOR)]
      .map((m) => m[1])
      .find((d) => (durationMs(d) ?? 0) > FIVE_MINUTES);
    if (long) {
      found.push({
        path: 'query.expr',
        message: `a fixed range [${long}] smooths the short burn rates (5m, 30m): use [$__rate_interval], or slo.good and slo.total`,
      });
    }
  }
  return found;
}
