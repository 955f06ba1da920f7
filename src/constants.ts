import { PLUGIN_ID } from './kpi/pluginId';

export { PLUGIN_ID };
export const PLUGIN_BASE_URL = `/a/${PLUGIN_ID}`;

export enum ROUTES {
  Catalog = 'catalog',
  Objectives = 'objectives',
  Scorecards = 'scorecards',
  Kpi = 'kpi',
}

export function prefixRoute(route: string): string {
  return `${PLUGIN_BASE_URL}/${route}`;
}

/** The app's page for one KPI; the panel links here, keeping the time range. */
export function kpiDetailUrl(kpiId: string): string {
  return prefixRoute(`${ROUTES.Kpi}/${encodeURIComponent(kpiId)}`);
}
