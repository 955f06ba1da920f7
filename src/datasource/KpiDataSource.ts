import {
  DataSourceApi,
  type DataQueryRequest,
  type DataQueryResponse,
  type DataSourceInstanceSettings,
  type MetricFindValue,
  type TestDataSourceResponse,
} from '@grafana/data';
import { t } from '@grafana/i18n';
import { type Observable } from 'rxjs';

import { fetchCatalog } from '../query/catalogSettings';
import { catalogVariableValues } from './catalogVariableValues';
import {
  DEFAULT_KPI_QUERY,
  KPI_VARIABLE_KINDS,
  type KpiDsQuery,
  type KpiVariableKind,
  type KpiVariableQuery,
} from './kpiQuery';
import { queryKpis } from './queryKpis';

/**
 * The KPI datasource: a frontend datasource, like Grafana's Mixed and Dashboard ones, that reads the app's
 * catalog and asks the KPIs' own datasources through Grafana's datasource service, planned, batched and
 * evaluated as the app's pages do. Each query streams its frames as the answers arrive.
 */
export class KpiDataSource extends DataSourceApi<KpiDsQuery> {
  constructor(instanceSettings: DataSourceInstanceSettings) {
    super(instanceSettings);
  }

  query(request: DataQueryRequest<KpiDsQuery>): Observable<DataQueryResponse> {
    return queryKpis(request);
  }

  getDefaultQuery(): Partial<KpiDsQuery> {
    return DEFAULT_KPI_QUERY;
  }

  /** A variable query is the kind of list: teams, objectives, categories, tags, kpis or slos. */
  async metricFindQuery(query: KpiVariableQuery | string): Promise<MetricFindValue[]> {
    const kind = (typeof query === 'string' ? query : query?.kind)?.trim() as KpiVariableKind;
    if (!KPI_VARIABLE_KINDS.includes(kind)) {
      throw new Error(
        t('datasource.error.variable-kind', 'KPI variable query "{{kind}}": write one of {{kinds}}', {
          kind: String(kind),
          kinds: KPI_VARIABLE_KINDS.join(', '),
          interpolation: { escapeValue: false },
        })
      );
    }
    return catalogVariableValues(await fetchCatalog(), kind);
  }

  async testDatasource(): Promise<TestDataSourceResponse> {
    const catalog = await fetchCatalog();
    if (!catalog.configured) {
      return {
        status: 'error',
        message: t(
          'datasource.test.not-configured',
          'The KPI catalog is not configured: set it on the app’s configuration page'
        ),
      };
    }
    if (catalog.parseError) {
      return {
        status: 'error',
        message: t('datasource.test.parse-error', 'The KPI catalog does not parse: {{error}}', {
          error: catalog.parseError,
          interpolation: { escapeValue: false },
        }),
      };
    }
    const valid = catalog.validation.kpis.filter((e) => e.ok).length;
    return {
      status: 'success',
      message: t('datasource.test.success', 'The KPI catalog has {{count}} valid KPIs', { count: valid }),
    };
  }
}
