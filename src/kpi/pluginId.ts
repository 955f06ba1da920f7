/** The app's plugin id (src/plugin.json): its settings API, its pages' URLs and its provisioning entry. */
export const PLUGIN_ID = 'kpi-scorecards-app';
