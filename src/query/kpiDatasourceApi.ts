import { getBackendSrv } from '@grafana/runtime';
import { lastValueFrom } from 'rxjs';

import { KPI_DATASOURCE } from '../kpi/pluginId';

/** Whether Grafana has the KPI datasource (GET /api/datasources/uid/<uid>: 404 when it has not). */
export async function kpiDatasourceExists(): Promise<boolean> {
  try {
    await lastValueFrom(
      getBackendSrv().fetch({ url: `/api/datasources/uid/${KPI_DATASOURCE.uid}`, method: 'GET', showErrorAlert: false })
    );
    return true;
  } catch (e) {
    if ((e as { status?: number }).status === 404) {
      return false;
    }
    throw e;
  }
}

/** Creates the KPI datasource through Grafana's datasource API (an admin's right: datasources:create). */
export async function createKpiDatasource(): Promise<void> {
  await lastValueFrom(
    getBackendSrv().fetch({
      url: '/api/datasources',
      method: 'POST',
      data: { ...KPI_DATASOURCE, access: 'proxy', isDefault: false },
      showErrorAlert: false,
    })
  );
}
