// A range-vector function over one selector, e.g. rate(http_requests_total{code!~"5.."}[1h]).
const RANGE_CALL = /\b[a-z_]+\(\s*[a-zA-Z_:][\w:]*(?:\{[^}]*\})?\[[^\]]+\]\s*\)/;
// A selector with matchers, e.g. up{job="api"}.
const SELECTOR = /[a-zA-Z_:][\w:]*\{[^}]*\}/;
// A bare metric name as an aggregation's argument, e.g. sum(mrr_usd).
const BARE_ARGUMENT = /\(\s*([a-zA-Z_:][\w:]*)\s*\)/;

/**
 * The first series a PromQL KPI query reads, for the debug preset's per-label breakdown (`sum by ($by) (...)`).
 * Undefined when the query has none of these shapes; the breakdown then keeps its own default.
 */
export function firstInputSeries(expr: string): string | undefined {
  return expr.match(RANGE_CALL)?.[0] ?? expr.match(SELECTOR)?.[0] ?? expr.match(BARE_ARGUMENT)?.[1];
}
