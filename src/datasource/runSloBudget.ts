import { LoadingState, type DataQueryRequest, type DataQueryResponse } from '@grafana/data';
import { t } from '@grafana/i18n';
import { type DataQuery } from '@grafana/schema';
import { combineLatest, map, Observable } from 'rxjs';

import { errorBudget } from '../kpi/errorBudget';
import { type Kpi } from '../kpi/types';
import { liveBurnAnswers } from '../query/liveBurnAnswers';
import { liveKpiResults } from '../query/liveKpiResults';
import { type TableDeps } from './runKpiTable';
import { sloBudgetFrame } from './sloBudgetFrame';
import { withCatalogKpi } from './withCatalogKpi';

/**
 * An SLO's error budget and burn rates at the request's time range end, read as the KPI page reads them: its
 * SLI from liveKpiResults, the burn-rate answers from liveBurnAnswers, both judged by errorBudget.
 */
export function runSloBudget(query: DataQuery & { kpi?: string }, request: DataQueryRequest, deps: TableDeps) {
  const { refId } = query;
  return withCatalogKpi(query, deps, (kpi: Kpi): Observable<DataQueryResponse> => {
    if (!kpi.slo) {
      return failed(
        refId,
        t('datasource.error.no-slo', 'query {{refId}}: the KPI "{{id}}" has no slo', {
          refId,
          id: kpi.id,
          interpolation: { escapeValue: false },
        })
      );
    }
    const options = { now: request.range.to.valueOf(), timeZone: request.timezone || 'browser' };
    const live = { ...options, scopedVars: request.scopedVars };
    return combineLatest([liveKpiResults([kpi], live, deps.dsSrv), liveBurnAnswers(kpi, live, deps.dsSrv)]).pipe(
      map(([{ results }, burn]): DataQueryResponse => {
        const [result] = results;
        const evaluation = result.evaluation;
        if (!evaluation || burn.loading) {
          return { data: [], state: LoadingState.Loading, key: refId };
        }
        if (evaluation.value === null || !result.window) {
          return {
            data: [],
            errors: [
              {
                refId,
                message:
                  evaluation.error ??
                  t('datasource.error.no-sli', '{{id}}: no SLI in its window', {
                    id: kpi.id,
                    interpolation: { escapeValue: false },
                  }),
              },
            ],
            key: refId,
          };
        }
        const { periodEnd, periodStart } = result.window;
        const budget = errorBudget(
          kpi,
          evaluation.value,
          burn.outcomes,
          burn.now,
          periodEnd - periodStart,
          burn.counts
        );
        return { data: budget ? [sloBudgetFrame(kpi, budget, refId)] : [], state: LoadingState.Done, key: refId };
      })
    );
  });
}

function failed(refId: string, message: string): Observable<DataQueryResponse> {
  return new Observable((s) => {
    s.next({ data: [], errors: [{ refId, message }], state: LoadingState.Error, key: refId });
    s.complete();
  });
}
