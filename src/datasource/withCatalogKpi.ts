import { LoadingState, type DataQueryResponse } from '@grafana/data';
import { t } from '@grafana/i18n';
import { type DataQuery } from '@grafana/schema';
import { from, of, switchMap, type Observable } from 'rxjs';

import { type Kpi } from '../kpi/types';
import { type TableDeps } from './runKpiTable';

/**
 * Runs `then` on the catalog's valid KPI the query names (`kpi`, template variables filled in); a query without
 * one, a KPI the catalog lacks or marks invalid, or a catalog that cannot be read is the query's error, by name.
 */
export function withCatalogKpi(
  query: DataQuery & { kpi?: string },
  deps: TableDeps,
  then: (kpi: Kpi) => Observable<DataQueryResponse>
): Observable<DataQueryResponse> {
  const { refId } = query;
  const fail = (message: string) =>
    of({ data: [], errors: [{ refId, message }], state: LoadingState.Error, key: refId });
  const id = deps.replace(query.kpi ?? '').trim();
  if (id === '') {
    return fail(t('datasource.error.no-kpi', 'query {{refId}}: choose the KPI', { refId }));
  }
  return from(deps.catalog()).pipe(
    switchMap((catalog) => {
      if (catalog.parseError) {
        return fail(catalog.parseError);
      }
      const entry = catalog.validation.kpis.find((e) => (e.ok ? e.value.id : e.id) === id);
      if (!entry) {
        return fail(
          t('datasource.error.unknown-kpi', 'query {{refId}}: the catalog has no KPI "{{id}}"', {
            refId,
            id,
            interpolation: { escapeValue: false },
          })
        );
      }
      return entry.ok
        ? then(entry.value)
        : fail(
            t('datasource.error.invalid-kpi', 'query {{refId}}: the KPI "{{id}}" is invalid in the catalog', {
              refId,
              id,
              interpolation: { escapeValue: false },
            })
          );
    })
  );
}
