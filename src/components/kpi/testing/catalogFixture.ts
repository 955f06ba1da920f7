import { type Kpi, type KpiCatalog } from '../../../kpi/types';

export const NOW = Date.parse('2026-02-15T00:00:00Z');
export const HOUR = 3600_000;

/** A valid KPI to vary; its query's refId will be its id. */
export function kpi(overrides: Partial<Kpi> & { id: string }): Kpi {
  return {
    name: overrides.id.replace(/-/g, ' '),
    description: 'What it measures.',
    team: 'platform',
    owner: 'jane@example.com',
    type: 'leading',
    direction: 'higher-is-better',
    target: { value: 10 },
    window: '7d',
    cadence: 'weekly',
    query: { datasource: { type: 'prometheus', uid: 'prom' }, expr: `metric{kpi="${overrides.id}"}` },
    revision: 2,
    ...overrides,
  };
}

export function catalogOf(kpis: Kpi[], extra: Partial<KpiCatalog> = {}): KpiCatalog {
  return { apiVersion: 'kpi-scorecards/v1', kind: 'KpiCatalog', kpis, ...extra };
}
