import { urlUtil, type DataQueryRequest } from '@grafana/data';
import { type DataQuery } from '@grafana/schema';

/** A link that opens Explore with exactly the query and range the KPI was evaluated with. */
export function exploreUrl(request: DataQueryRequest<DataQuery>, target: DataQuery, orgId?: number): string {
  const pane = {
    datasource: target.datasource?.uid,
    queries: [target],
    range: { from: String(request.range.from.valueOf()), to: String(request.range.to.valueOf()) },
  };
  return urlUtil.renderUrl('/explore', {
    schemaVersion: 1,
    panes: JSON.stringify({ kpi: pane }),
    ...(orgId !== undefined ? { orgId } : {}),
  });
}
