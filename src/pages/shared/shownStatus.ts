import { STATUS_SEVERITY } from '../../kpi/kpiStatus';
import { type KpiStatus } from '../../kpi/types';

/** A row's status once it is known; undefined while the KPI is loading (it sorts last and passes a filter). */
export function settledStatus(status: KpiStatus | 'loading'): KpiStatus | undefined {
  return status === 'loading' ? undefined : status;
}

const SEVERITY: Record<KpiStatus | 'loading', number> = { ...STATUS_SEVERITY, loading: 6 }; // after every status

/** Worst first: a broken definition among the query errors (both are `error`), a KPI still loading last. */
export function shownSeverity(status: KpiStatus | 'loading'): number {
  return SEVERITY[status];
}
