import { locationUtil, toURLRange, urlUtil, type TimeRange } from '@grafana/data';

import { PLUGIN_ID } from './kpi/pluginId';
import { ROUTES } from './routes';

/**
 * The app's routes, its URL builders and the URL keys its pages keep in sync with their state, in one place
 * (as logs-drilldown's services/routing.ts): a link written here is read by the page it opens.
 */
const PLUGIN_BASE_URL = `/a/${PLUGIN_ID}`;

export { ROUTES };

/** The catalog page's filters, each a URL key of the same name. */
export const CATALOG_FILTER_KEYS = ['team', 'category', 'type', 'status', 'tag', 'objective'] as const;
/** Every URL key the catalog page keeps: its search, its grouping and its filters. */
export const CATALOG_URL_KEYS = ['q', 'groupBy', ...CATALOG_FILTER_KEYS] as const;
/** The Reports page's URL keys: the period (`2026-Q3`) and the team or objective it covers. */
export const REPORT_URL_KEYS = ['period', 'team', 'objective'] as const;
/** The editor's URL key for the open tab (kept by the editor scene). */
export const EDITOR_TAB_KEY = 'tab';
/**
 * The key that once opened a KPI's form on the editor's page (`manage?kpi=<id>`): bookmarks and old links still
 * carry it, and the editor sends them on to the form's own route.
 */
export const EDITOR_KPI_KEY = 'kpi';
/** The editor's routes under `manage`: one KPI's form (`kpi/<id>`) and a new KPI's (`new-kpi`, beside `kpi/`). */
export const EDITOR_ROUTES = { kpi: 'kpi', newKpi: 'new-kpi' } as const;

export function prefixRoute(route: string): string {
  return `${PLUGIN_BASE_URL}/${route}`;
}

/** The app's page for one KPI. */
export function kpiDetailUrl(kpiId: string): string {
  return prefixRoute(`${ROUTES.Kpi}/${encodeURIComponent(kpiId)}`);
}

export function scorecardUrl(id: string): string {
  return prefixRoute(`${ROUTES.Scorecards}/${encodeURIComponent(id)}`);
}

/** The editor, on its list of KPIs. */
export function manageUrl(): string {
  return prefixRoute(ROUTES.Manage);
}

/** The editor's form for one KPI: a page of its own under the editor, the id one path segment. */
export function kpiFormUrl(kpiId: string): string {
  return `${manageUrl()}/${EDITOR_ROUTES.kpi}/${encodeURIComponent(kpiId)}`;
}

/** The editor's form for a new KPI. */
export function newKpiFormUrl(): string {
  return `${manageUrl()}/${EDITOR_ROUTES.newKpi}`;
}

/** The catalog filtered to one objective's KPIs. */
export function objectiveCatalogUrl(objectiveId: string): string {
  return withQuery(prefixRoute(ROUTES.Catalog), { objective: objectiveId });
}

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

/** The app's configuration page in Grafana's plugin settings, where an admin sets the catalog. */
export const appConfigHref = () => locationUtil.assureBaseUrl(`/plugins/${PLUGIN_ID}`);

type CatalogKey = (typeof CATALOG_URL_KEYS)[number];

/** Only the keys a page reads, each value encoded as a path segment would be (a space is %20, not +). */
function withQuery(path: string, params: Partial<Record<CatalogKey, string>>): string {
  const query = Object.entries(params).map(([key, value]) => `${key}=${encodeURIComponent(value ?? '')}`);
  return `${path}?${query.join('&')}`;
}
