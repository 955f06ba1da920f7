import { dateTime } from '@grafana/data';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { debugPresetUrl } from './debugPresetUrl';

const request = { range: { from: dateTime(1000), to: dateTime(2000) } } as Parameters<typeof debugPresetUrl>[1];

describe('debugPresetUrl', () => {
  it('opens the debug preset with the KPI, its query, target and at-risk lines and the range', () => {
    const kpi = makeKpi({
      id: 'api-latency',
      direction: 'lower-is-better',
      target: { value: 300 },
      query: { datasource: { type: 'prometheus', uid: 'prom' }, expr: 'histogram_quantile(0.99, x{a="b"})' },
    });
    const url = new URL(debugPresetUrl(kpi, request)!, 'http://grafana.local');
    expect(url.pathname).toBe('/d/kpi-debug');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      'var-datasource': 'prom',
      'var-kpi': 'api-latency',
      'var-query': 'histogram_quantile(0.99, x{a="b"})',
      'var-target': '300',
      'var-atRisk': '330',
      'var-input': 'x{a="b"}',
      from: '1000',
      to: '2000',
    });
  });

  it('offers no link for a query the Prometheus preset cannot run', () => {
    const kpi = makeKpi({ query: { datasource: { type: 'postgres', uid: 'pg' }, rawSql: 'select 1' } });
    expect(debugPresetUrl(kpi, request)).toBeUndefined();
  });
});
