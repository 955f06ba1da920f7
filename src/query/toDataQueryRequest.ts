import { CoreApp, dateTime, rangeUtil, type DataQueryRequest, type ScopedVars } from '@grafana/data';
import { type DataQuery } from '@grafana/schema';

import { type SpanRequest } from './planKpiRequests';

/** Points per series a KPI query asks for: enough for a sparkline and a reducer, small enough to stay fast. */
export const MAX_DATA_POINTS = 720;

let requestCounter = 0;

/** The DataQueryRequest Grafana's datasources expect for one planned request. */
export function toDataQueryRequest(
  planned: SpanRequest,
  { scopedVars = {}, timezone = 'browser' }: { scopedVars?: ScopedVars; timezone?: string } = {}
): DataQueryRequest<DataQuery> {
  const from = dateTime(planned.span.from);
  const to = dateTime(planned.span.to);
  const range = { from, to, raw: { from, to } };
  const { interval, intervalMs } = rangeUtil.calculateInterval(range, MAX_DATA_POINTS);
  return {
    app: CoreApp.Unknown,
    requestId: `kpi-scorecards-${++requestCounter}`,
    interval,
    intervalMs,
    maxDataPoints: MAX_DATA_POINTS,
    range,
    scopedVars: {
      ...scopedVars,
      __interval: { text: interval, value: interval },
      __interval_ms: { text: String(intervalMs), value: intervalMs },
    },
    targets: planned.targets.map((t) => ({ ...t, datasource: planned.datasource })),
    timezone,
    startTime: Date.now(),
  };
}
