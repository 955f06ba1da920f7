import { dateTime } from '@grafana/data';

import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { debugPresetUrl } from './debugPresetUrl';

const request = { range: { from: dateTime(1000), to: dateTime(2000) } } as Parameters<typeof debugPresetUrl>[1];

describe('debugPresetUrl', () => {
  it('opens the debug preset on the KPI over the range it was evaluated over', () => {
    const kpi = makeKpi({ id: 'api-latency', query: { datasource: { type: 'prometheus', uid: 'prom' }, expr: 'x' } });
    const url = new URL(debugPresetUrl(kpi, request), 'http://grafana.local');
    expect(url.pathname).toBe('/d/kpi-debug');
    expect(Object.fromEntries(url.searchParams)).toEqual({ 'var-kpi': 'api-latency', from: '1000', to: '2000' });
  });

  it('opens it for a KPI on any datasource, not only Prometheus', () => {
    const kpi = makeKpi({ id: 'orders', query: { datasource: { type: 'postgres', uid: 'pg' }, rawSql: 'select 1' } });
    expect(new URL(debugPresetUrl(kpi, request), 'http://grafana.local').searchParams.get('var-kpi')).toBe('orders');
  });
});
