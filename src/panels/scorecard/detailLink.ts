import { TimeRange, locationUtil, urlUtil } from '@grafana/data';
import { kpiDetailUrl } from '../../constants';

/**
 * The KPI's detail page, keeping the dashboard's time range: relative ranges stay relative (now-7d), absolute
 * ones travel as epoch ms, as Grafana's own "keep time" links do. Prefixed with Grafana's sub path.
 */
export function kpiDetailHref(kpiId: string, timeRange: TimeRange): string {
  const raw = (v: TimeRange['raw']['from'], value: TimeRange['from']) =>
    typeof v === 'string' ? v : String(value.valueOf());
  const url = urlUtil.renderUrl(kpiDetailUrl(kpiId), {
    from: raw(timeRange.raw.from, timeRange.from),
    to: raw(timeRange.raw.to, timeRange.to),
  });
  return locationUtil.assureBaseUrl(url);
}
