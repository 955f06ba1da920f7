import datasourceJson from '../datasource/plugin.json';
import panelJson from '../panels/scorecard/plugin.json';
import pluginJson from '../plugin.json';
import { KPI_DATASOURCE, PLUGIN_ID, SCORECARD_PANEL_ID } from './pluginId';

test('the plugin id the code uses is the one plugin.json declares', () => {
  expect(PLUGIN_ID).toBe(pluginJson.id);
});

test("the KPI datasource's type is the one its plugin.json declares", () => {
  expect(KPI_DATASOURCE.type).toBe(datasourceJson.id);
});

test("the scorecard panel's id is the one its plugin.json declares", () => {
  expect(SCORECARD_PANEL_ID).toBe(panelJson.id);
});
