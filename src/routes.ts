/**
 * The app's pages, by the path under /a/kpi-scorecards-app. Apart from routing.ts (which builds URLs with
 * @grafana/data) so that Node-side specs (tests/*.spec.ts) can read them: @grafana/data needs a window.
 */
export enum ROUTES {
  Catalog = 'catalog',
  Objectives = 'objectives',
  Scorecards = 'scorecards',
  Kpi = 'kpi',
  Manage = 'manage',
  Reports = 'reports',
}
