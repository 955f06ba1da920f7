import pluginJson from '../plugin.json';
import { PLUGIN_ID } from './pluginId';

test('the plugin id the code uses is the one plugin.json declares', () => {
  expect(PLUGIN_ID).toBe(pluginJson.id);
});
