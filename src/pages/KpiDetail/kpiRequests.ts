import { type DataQueryRequest } from '@grafana/data';
import { type DataQuery } from '@grafana/schema';

import { queryIdentity } from '../../kpi/stableStringify';
import { type Kpi } from '../../kpi/types';
import { type Period } from '../../query/planKpiRequests';
import { type RequestResult } from '../../query/runKpiQueries';

export interface SentQuery {
  /** The whole request as sent (it may carry other KPIs' queries on the same datasource and window). */
  request: DataQueryRequest<DataQuery>;
  /** This KPI's own query in it; its refId is another KPI's id when both ask the identical query. */
  target: DataQuery;
}

/** Finds the request that carried this KPI's query for a period, by the query's identity. */
export function sentQuery(kpi: Kpi, requests: RequestResult[], period: Period): SentQuery | undefined {
  const identity = queryIdentity(kpi.query);
  for (const r of requests) {
    const target = r.request?.targets.find((t) => queryIdentity(t) === identity);
    if (r.request && target && r.key.includes(` ${period} `)) {
      return { request: r.request, target };
    }
  }
  return undefined;
}
