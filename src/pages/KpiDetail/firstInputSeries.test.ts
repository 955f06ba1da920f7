import { firstInputSeries } from './firstInputSeries';

describe('firstInputSeries', () => {
  it.each([
    [
      '100 * sum(rate(http_requests_total{service="api",code!~"5.."}[1h])) / sum(rate(http_requests_total{service="api"}[1h]))',
      'rate(http_requests_total{service="api",code!~"5.."}[1h])',
    ],
    [
      '1000 * histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="api"}[1h])))',
      'rate(http_request_duration_seconds_bucket{service="api"}[1h])',
    ],
    [
      'avg(avg_over_time(node_cpu_utilization_ratio{cluster="prod"}[24h]))',
      'avg_over_time(node_cpu_utilization_ratio{cluster="prod"}[24h])',
    ],
    ['sum(product_active_users{window="7d"})', 'product_active_users{window="7d"}'],
    ['sum(mrr_usd)', 'mrr_usd'],
  ])('%s reads %s first', (expr, input) => {
    expect(firstInputSeries(expr)).toBe(input);
  });

  it('finds nothing in a query without a series', () => {
    expect(firstInputSeries('vector(1)')).toBeUndefined();
  });
});
