// getDataSourceSrv(): the Prometheus and TestData from boot data, the app's nested
// datasource, plus runtime datasources that scenes apps may register.
import { config, type DataSourceSrv } from '@grafana/runtime';

import { importPluginModule } from './importPluginModule';
import { PreviewPrometheusDatasource } from './prometheusDatasource';
import { PreviewTestDataDatasource } from './testDataDatasource';

import type { DataSourceApi, DataSourceInstanceSettings, DataSourceRef } from '@grafana/data';

const instances = new Map<string, DataSourceApi>();
const loading = new Map<string, Promise<DataSourceApi>>();

/**
 * As Grafana's DatasourceSrv: a plugin's module.js (a nested one of the app too) loaded through SystemJS, its
 * DataSourceClass instantiated with the instance settings from boot data; Prometheus and TestData are the host's.
 */
async function instantiate(settings: DataSourceInstanceSettings): Promise<DataSourceApi> {
  if (settings.meta.module === 'core:plugin/testdata') {
    return new PreviewTestDataDatasource(settings) as unknown as DataSourceApi;
  }
  if (settings.meta.module.startsWith('core:')) {
    return new PreviewPrometheusDatasource(settings) as unknown as DataSourceApi;
  }
  const { plugin } = (await importPluginModule(settings.meta.module)) as {
    plugin?: { DataSourceClass: new (s: DataSourceInstanceSettings) => DataSourceApi; components: unknown };
  };
  if (!plugin?.DataSourceClass) {
    throw new Error(`${settings.meta.module} exports no datasource plugin`);
  }
  const instance = new plugin.DataSourceClass(settings);
  instance.meta = settings.meta;
  (instance as unknown as { components: unknown }).components = plugin.components;
  return instance;
}

function allSettings(): DataSourceInstanceSettings[] {
  return Object.values(config.datasources);
}

function findSettings(ref?: DataSourceRef | string | null): DataSourceInstanceSettings | undefined {
  const key = typeof ref === 'string' ? ref : ref?.uid;
  if (!key || key === 'default') {
    return allSettings().find((ds) => ds.isDefault) ?? allSettings()[0];
  }
  return allSettings().find((ds) => ds.uid === key || ds.name === key);
}

export const previewDataSourceSrv = {
  async get(ref?: DataSourceRef | string | null): Promise<DataSourceApi> {
    const key = typeof ref === 'string' ? ref : ref?.uid;
    if (key && instances.has(key)) {
      return instances.get(key)!;
    }
    const settings = findSettings(ref);
    if (!settings) {
      throw new Error(`Datasource ${key} was not found`);
    }
    if (instances.has(settings.uid)) {
      return instances.get(settings.uid)!;
    }
    if (!loading.has(settings.uid)) {
      loading.set(
        settings.uid,
        instantiate(settings).then((ds) => {
          instances.set(settings.uid, ds);
          return ds;
        })
      );
    }
    return loading.get(settings.uid)!;
  },
  getList: () => allSettings(),
  getInstanceSettings: (ref?: DataSourceRef | string | null) =>
    findSettings(ref) ??
    (typeof ref !== 'string' && ref?.uid
      ? (instances.get(ref.uid) as { instanceSettings?: DataSourceInstanceSettings } | undefined)?.instanceSettings
      : undefined),
  reload: async () => {},
  registerRuntimeDataSource({ dataSource }: { dataSource: DataSourceApi }) {
    instances.set(dataSource.uid, dataSource);
  },
} as unknown as DataSourceSrv;
