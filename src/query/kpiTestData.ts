import { type Kpi } from '../kpi/types';

/** A valid KPI for tests of the data path; override what the test is about. */
export function testKpi(id: string, overrides: Partial<Kpi> = {}): Kpi {
  return {
    id,
    name: id,
    team: 'platform',
    owner: 'owner@example.com',
    type: 'leading',
    direction: 'higher-is-better',
    target: { value: 10 },
    window: '7d',
    query: { datasource: { type: 'prometheus', uid: 'prom-a' }, expr: `metric_${id}` },
    ...overrides,
  };
}
