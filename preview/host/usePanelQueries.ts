// A dashboard panel's queries as Grafana's PanelQueryRunner runs them: its datasource (the panel's, or its
// first target's) from getDataSourceSrv(), one DataQueryRequest for its targets over the dashboard's range with
// the dashboard's variables as scopedVars, through runRequest; the latest PanelData.
import {
  CoreApp,
  LoadingState,
  rangeUtil,
  type DataQueryRequest,
  type DataSourceRef,
  type PanelData,
  type ScopedVars,
  type TimeRange,
} from '@grafana/data';
import { getDataSourceSrv } from '@grafana/runtime';
import { useEffect, useState } from 'react';
import { from, switchMap } from 'rxjs';

import { runRequest } from './runRequest';

export interface PanelQueries {
  datasource?: DataSourceRef | null;
  targets?: Array<{ refId: string; datasource?: DataSourceRef | null } & Record<string, unknown>>;
}

let requestCounter = 0;

export function usePanelQueries(panel: PanelQueries, range: TimeRange, scopedVars: ScopedVars): PanelData {
  const [data, setData] = useState<PanelData>({ state: LoadingState.NotStarted, series: [], timeRange: range });
  useEffect(() => {
    const targets = panel.targets ?? [];
    if (targets.length === 0) {
      return;
    }
    const ref = panel.datasource ?? targets[0].datasource;
    const { interval, intervalMs } = rangeUtil.calculateInterval(range, 1000);
    const request = {
      app: CoreApp.Dashboard,
      requestId: `preview-${++requestCounter}`,
      range,
      interval,
      intervalMs,
      maxDataPoints: 1000,
      scopedVars,
      targets,
      timezone: 'browser',
      startTime: Date.now(),
    } as unknown as DataQueryRequest;
    const subscription = from(getDataSourceSrv().get(ref))
      .pipe(switchMap((ds) => runRequest(ds, request)))
      .subscribe({
        next: setData,
        error: (e: Error) =>
          setData({ state: LoadingState.Error, series: [], errors: [{ message: e.message }], timeRange: range }),
      });
    return () => subscription.unsubscribe();
  }, [panel, range, scopedVars]);
  // Nothing to query: an empty, finished result, as a panel without queries gets.
  return (panel.targets ?? []).length === 0 ? { state: LoadingState.Done, series: [], timeRange: range } : data;
}
