import { fieldReducers } from '@grafana/data';

import { validateCatalog } from '../../kpi/validateCatalog';
import { makeKpi } from '../../test-fixtures/kpiBuilders';
import { reducerOptions } from './reducerOptions';

describe('reducerOptions', () => {
  it('offers every Grafana reducer that validation accepts, and none it refuses', () => {
    const valid = (reduce: string) =>
      validateCatalog({
        apiVersion: 'kpi-scorecards/v1',
        kind: 'KpiCatalog',
        kpis: [makeKpi({ reduce })],
      }).problems.every((p) => p.severity !== 'error');
    expect(valid('lastNotNull')).toBe(true);
    const offered = reducerOptions().map((o) => o.value);
    expect(offered).toEqual(
      fieldReducers
        .list()
        .map((r) => r.id)
        .filter(valid)
    );
    expect(offered).not.toContain('allIsNull');
  });
});
