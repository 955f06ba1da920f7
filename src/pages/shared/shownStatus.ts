import { STATUS_SEVERITY } from '../../kpi/kpiStatus';
import { KpiStatus } from '../../kpi/types';

/**
 * A row's status as a reader sees it. A definition that failed validation is an `error` (one of the spec's six
 * statuses, shown with its problems), as on the scorecard panel and the objectives page; `loading` is a KPI
 * whose answer has not arrived yet.
 */
export function shownStatus(status: KpiStatus | 'invalid' | 'loading'): KpiStatus | 'loading' {
  return status === 'invalid' ? 'error' : status;
}

/** The shown status once it is known; undefined while the KPI is loading (it sorts last and passes a filter). */
export function settledStatus(status: KpiStatus | 'invalid' | 'loading'): KpiStatus | undefined {
  const shown = shownStatus(status);
  return shown === 'loading' ? undefined : shown;
}

const SEVERITY: Record<KpiStatus | 'loading', number> = { ...STATUS_SEVERITY, loading: 6 }; // after every status

/** Worst first by the shown status: a broken definition among the query errors, a KPI still loading last. */
export function shownSeverity(status: KpiStatus | 'invalid' | 'loading'): number {
  return SEVERITY[shownStatus(status)];
}
