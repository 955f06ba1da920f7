// GET/POST /api/plugins/<id>/settings, kept in memory. Seeded from Grafana's app
// provisioning file (apps[].jsonData) or a plain JSON/YAML jsonData object, so the
// app starts with the settings a provisioned Grafana would give it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The jsonData (and enabled flag) for pluginId in a provisioning file or plain object. */
export function readSeed(path, pluginId) {
  const doc = parse(readFileSync(path, 'utf8')) ?? {};
  if (Array.isArray(doc.apps)) {
    const app = doc.apps.find((a) => a.type === pluginId);
    if (!app) {
      throw new Error(`${path} provisions no app of type ${pluginId}`);
    }
    const jsonData = expandEnv(app.jsonData ?? {});
    return { enabled: !app.disabled, jsonData, secureKeys: Object.keys(app.secureJsonData ?? {}) };
  }
  return { enabled: true, jsonData: doc.jsonData ?? doc, secureKeys: [] };
}

export function createSettingsStore(pluginJson, seed = { enabled: true, jsonData: {}, secureKeys: [] }) {
  const state = {
    enabled: seed.enabled,
    pinned: seed.enabled,
    jsonData: structuredClone(seed.jsonData),
    secureJsonFields: Object.fromEntries(seed.secureKeys.map((k) => [k, true])),
  };
  const base = `public/plugins/${pluginJson.id}`;

  /** The shape Grafana's GET /api/plugins/<id>/settings answers with (PluginSetting DTO). */
  const get = () => ({
    name: pluginJson.name,
    type: pluginJson.type,
    id: pluginJson.id,
    enabled: state.enabled,
    pinned: state.pinned,
    autoEnabled: Boolean(pluginJson.autoEnabled),
    module: `${base}/module.js`,
    baseUrl: base,
    info: pluginJson.info,
    includes: pluginJson.includes ?? [],
    dependencies: pluginJson.dependencies,
    defaultNavUrl:
      pluginJson.includes?.find((i) => i.defaultNav)?.path?.replace('%PLUGIN_ID%', pluginJson.id) ??
      `/a/${pluginJson.id}`,
    jsonData: structuredClone(state.jsonData),
    secureJsonFields: { ...state.secureJsonFields },
    state: pluginJson.state ?? '',
    signature: 'unsigned',
    signatureType: '',
    signatureOrg: '',
    hasUpdate: false,
    latestVersion: '',
    angularDetected: false,
    loadingStrategy: 'script',
    extensions: pluginJson.extensions ?? {},
    translations: {},
  });

  /** POST body: { enabled, pinned, jsonData, secureJsonData }, as Grafana's UpdatePluginSettingCmd. */
  const update = (body) => {
    if (typeof body.enabled === 'boolean') {
      state.enabled = body.enabled;
    }
    if (typeof body.pinned === 'boolean') {
      state.pinned = body.pinned;
    }
    if (body.jsonData !== undefined) {
      state.jsonData = structuredClone(body.jsonData ?? {});
    }
    for (const [key, value] of Object.entries(body.secureJsonData ?? {})) {
      state.secureJsonFields[key] = value !== '' && value !== null;
    }
    return { message: 'Plugin settings updated' };
  };

  return { get, update };
}

/**
 * What Grafana does to every value of a provisioning file: `$$` is a literal `$`, `$NAME` and `${NAME}` are the
 * environment's (empty when unset). Without it the demo's `$$__rate_interval` reached Prometheus as written.
 */
function expandEnv(node) {
  if (typeof node === 'string') {
    return node.replace(/\$\$|\$\{(\w+)\}|\$(\w+)/g, (match, braced, bare) =>
      match === '$$' ? '$' : (process.env[braced ?? bare] ?? '')
    );
  }
  if (Array.isArray(node)) {
    return node.map(expandEnv);
  }
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, expandEnv(v)]));
  }
  return node;
}
