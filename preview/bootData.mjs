// window.grafanaBootData for the host page: what @grafana/runtime's config reads
// at import time. The user part (role, theme) is filled in the page from the URL.
export const CORE_PANELS = ['timeseries', 'stat', 'table', 'text'];

/** @param ds { uid, name, jsonData } from datasourceProvisioning.mjs */
export function prometheusSettings(ds) {
  return {
    id: 1,
    uid: ds.uid,
    type: 'prometheus',
    name: ds.name,
    access: 'proxy',
    url: `/api/datasources/proxy/uid/${ds.uid}`,
    isDefault: true,
    readOnly: true,
    jsonData: ds.jsonData,
    meta: {
      id: 'prometheus',
      type: 'datasource',
      name: 'Prometheus',
      module: 'core:plugin/prometheus',
      baseUrl: 'public/app/plugins/datasource/prometheus',
      backend: true,
      metrics: true,
      alerting: true,
      annotations: true,
      info: {
        author: { name: 'Grafana Labs' },
        description: '',
        links: [],
        logos: { small: '', large: '' },
        screenshots: [],
        version: '',
        updated: '',
      },
      includes: [],
    },
  };
}

/** Grafana's TestData datasource as boot data lists it (plugin id grafana-testdata-datasource, a backend one). */
export function testDataSettings(ds) {
  const meta = prometheusSettings(ds).meta;
  return {
    id: 3,
    uid: ds.uid,
    type: 'grafana-testdata-datasource',
    name: ds.name,
    access: 'proxy',
    isDefault: false,
    readOnly: true,
    jsonData: {},
    meta: {
      ...meta,
      id: 'grafana-testdata-datasource',
      name: 'TestData',
      module: 'core:plugin/testdata',
      baseUrl: 'public/app/plugins/datasource/grafana-testdata-datasource',
      alerting: false,
      annotations: false,
    },
  };
}

function panelMeta(id, name, module, info = {}) {
  return {
    id,
    name,
    type: 'panel',
    module,
    baseUrl: module.replace(/\/module\.js$/, ''),
    sort: 100,
    skipDataQuery: false,
    hideFromList: false,
    info: {
      author: { name: '' },
      description: '',
      links: [],
      logos: { small: '', large: '' },
      screenshots: [],
      version: '',
      updated: '',
      ...info,
    },
  };
}

/**
 * A nested frontend datasource's instance as Grafana's boot data lists it (as provisioned: uid kpi-scorecards, the
 * uid provisioning/datasources/default.yaml gives it); its module is loaded like a panel's.
 */
export function nestedDatasourceSettings(appId, { dir, json }, id) {
  const module = `public/plugins/${appId}/${dir}/module.js`;
  return {
    id,
    uid: 'kpi-scorecards',
    type: json.id,
    name: json.name,
    access: 'proxy',
    isDefault: false,
    readOnly: true,
    jsonData: {},
    meta: {
      id: json.id,
      type: 'datasource',
      name: json.name,
      module,
      baseUrl: module.replace(/\/module\.js$/, ''),
      backend: false,
      metrics: true,
      info: {
        author: { name: '' },
        description: '',
        links: [],
        logos: { small: '', large: '' },
        screenshots: [],
        version: '',
        updated: '',
        ...json.info,
      },
      includes: [],
    },
  };
}

/**
 * @param nestedPanels [{ dir, json }] from dist/panels/<dir>/plugin.json
 * @param nestedDatasources [{ dir, json }] from dist/<dir>/plugin.json of type datasource
 */
export function bootSettings({ pluginJson, nestedPanels, nestedDatasources = [], prometheus: ds, testdata, appUrl }) {
  const panels = Object.fromEntries(
    CORE_PANELS.map((id) => [id, panelMeta(id, `${id} (preview stand-in)`, `core:plugin/${id}`)])
  );
  for (const { dir, json } of nestedPanels) {
    panels[json.id] = panelMeta(
      json.id,
      json.name,
      `public/plugins/${pluginJson.id}/panels/${dir}/module.js`,
      json.info
    );
  }
  const prometheus = prometheusSettings(ds);
  return {
    appSubUrl: '',
    appUrl,
    buildInfo: {
      version: '12.4.2',
      commit: 'preview',
      env: 'production',
      edition: 'Open Source',
      latestVersion: '',
      hasUpdate: false,
      hideVersion: false,
    },
    featureToggles: {},
    datasources: Object.fromEntries(
      [
        prometheus,
        ...(testdata ? [testDataSettings(testdata)] : []),
        ...nestedDatasources.map((d, i) => nestedDatasourceSettings(pluginJson.id, d, i + 4)),
      ].map((settings) => [settings.name, settings])
    ),
    defaultDatasource: prometheus.name,
    panels,
    apps: {
      [pluginJson.id]: {
        id: pluginJson.id,
        path: `public/plugins/${pluginJson.id}/module.js`,
        version: pluginJson.info?.version ?? '',
        preload: false,
        angular: { detected: false, hideDeprecation: false },
        loadingStrategy: 'script',
        extensions: {
          addedLinks: [],
          addedComponents: [],
          exposedComponents: [],
          extensionPoints: [],
          addedFunctions: [],
        },
        dependencies: pluginJson.dependencies ?? {},
      },
    },
    minRefreshInterval: '5s',
    unifiedAlertingEnabled: false,
  };
}
