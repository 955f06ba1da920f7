import { ROUTES, prefixRoute } from '../constants';

/** Routes of the app's own pages beyond the nav entries in constants.ts. */
export const MANAGE_ROUTE = 'manage';

export function manageUrl(kpiId?: string): string {
  return prefixRoute(kpiId ? `${MANAGE_ROUTE}?kpi=${encodeURIComponent(kpiId)}` : MANAGE_ROUTE);
}

export function scorecardUrl(id: string): string {
  return prefixRoute(`${ROUTES.Scorecards}/${encodeURIComponent(id)}`);
}

export function objectiveCatalogUrl(objectiveId: string): string {
  return prefixRoute(`${ROUTES.Catalog}?objective=${encodeURIComponent(objectiveId)}`);
}
