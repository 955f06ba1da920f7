import { TimeRange, locationUtil, toURLRange, urlUtil } from '@grafana/data';
import { ROUTES, prefixRoute } from '../../constants';

/**
 * Links to KPI detail pages, keeping the dashboard's time range: relative ranges stay relative (now-7d),
 * absolute ones travel as epoch ms, as Grafana's own "keep time" links do. Prefixed with Grafana's sub path.
 * The prefix and the range are worked out once per range, not once per card (assureBaseUrl parses the URL).
 */
export function kpiDetailHrefs(timeRange: TimeRange): (kpiId: string) => string {
  const query = urlUtil.toUrlParams(toURLRange(timeRange.raw));
  const root = locationUtil.assureBaseUrl(prefixRoute(ROUTES.Kpi));
  return (kpiId) => `${root}/${encodeURIComponent(kpiId)}?${query}`;
}
