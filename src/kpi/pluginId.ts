/** The app's plugin id (src/plugin.json): its settings API, its pages' URLs and its provisioning entry. */
export const PLUGIN_ID = 'kpi-scorecards-app';

/**
 * The nested KPI datasource (src/datasource/plugin.json's id) and the instance the app provisions, or creates for
 * an admin: the presets' queries name this uid.
 */
export const KPI_DATASOURCE = { name: 'KPI Scorecards', type: 'kpi-scorecards-datasource', uid: 'kpi-scorecards' };

/** The nested scorecard panel (src/panels/scorecard/plugin.json's id): dashboards and the scorecard page use it. */
export const SCORECARD_PANEL_ID = 'kpi-scorecard-panel';
