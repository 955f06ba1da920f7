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

/** @param nestedPanels [{ dir, json }] from dist/panels/<dir>/plugin.json */
export function bootSettings({ pluginJson, nestedPanels, prometheus: ds, appUrl }) {
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
    datasources: { [prometheus.name]: prometheus },
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
