// getDataSourceSrv(): the Prometheus from boot data, plus runtime datasources
// that scenes apps may register.
import type { DataSourceApi, DataSourceInstanceSettings, DataSourceRef } from '@grafana/data';
import { config, type DataSourceSrv } from '@grafana/runtime';

import { PreviewPrometheusDatasource } from './prometheusDatasource';

const instances = new Map<string, DataSourceApi>();

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
    if (!instances.has(settings.uid)) {
      instances.set(settings.uid, new PreviewPrometheusDatasource(settings) as unknown as DataSourceApi);
    }
    return instances.get(settings.uid)!;
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
