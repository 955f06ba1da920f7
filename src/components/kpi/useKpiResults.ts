import { type ScopedVars } from '@grafana/data';
import { getDataSourceSrv } from '@grafana/runtime';
import { useEffect, useMemo, useState } from 'react';

import { type Kpi } from '../../kpi/types';
import { type KpiResult } from '../../query/evaluateResults';
import { keepWhileReloading } from '../../query/keepWhileReloading';
import { liveKpiResults } from '../../query/liveKpiResults';

export interface KpiResultsOptions {
  /** The evaluation's now (a dashboard's time range end), epoch ms. */
  now: number;
  /** Zone for calendar windows of KPIs without their own: 'browser', 'utc' or an IANA name. */
  timeZone: string;
  scopedVars?: ScopedVars;
  /** Anything that changes on a refresh (the dashboard's time range object): a new value asks again. */
  refreshKey?: unknown;
}

/**
 * Evaluates KPIs live through Grafana's datasources (liveKpiResults). Every KPI starts loading and fills in as
 * its datasource answers; a new KPI list, now, zone or refresh cancels what is still in flight, and so does
 * unmounting. On a refresh the answers on screen stay, marked loading, until the new ones come.
 */
export function useKpiResults(kpis: Kpi[], { now, timeZone, scopedVars, refreshKey }: KpiResultsOptions): KpiResult[] {
  const loading = useMemo(() => kpis.map((kpi) => ({ kpi, loading: true })), [kpis]);
  const [state, setState] = useState<{ for: Kpi[]; results: KpiResult[] }>({ for: kpis, results: loading });

  useEffect(() => {
    const subscription = liveKpiResults(kpis, { now, timeZone, scopedVars }, getDataSourceSrv()).subscribe({
      next: ({ results: next }) => {
        setState((prev) => {
          // Nothing answered yet and nothing of this list on screen to mark as reloading: the loading objects the
          // view already has stay, so it does not render again for nothing.
          if (next.every((r) => !r.evaluation)) {
            if (prev.for !== kpis) {
              return { for: kpis, results: loading };
            }
            if (prev.results.every((r) => !r.evaluation)) {
              return prev;
            }
          }
          return { for: kpis, results: prev.for === kpis ? keepWhileReloading(prev.results, next) : next };
        });
      },
    });
    // Unsubscribing cancels the datasource requests still running (runKpiQueries' contract).
    return () => subscription.unsubscribe();
  }, [kpis, loading, now, timeZone, scopedVars, refreshKey]);

  // Until the new list's first answer, never show the old list's results under the new KPIs.
  return state.for === kpis ? state.results : loading;
}
