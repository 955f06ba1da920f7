import { type ScopedVars } from '@grafana/data';
import { type DataSourceSrv } from '@grafana/runtime';
import { defer, map, type Observable } from 'rxjs';

import { type BurnOutcomes, type CountOutcomes } from '../kpi/errorBudget';
import { type Kpi } from '../kpi/types';
import { planBurnRequests } from './planBurnRequests';
import { runKpiQueries, type RequestResult } from './runKpiQueries';

export interface BurnAnswers {
  /** The now every span ends at, epoch ms: the burn rates are read at this instant. */
  now: number;
  /** Some pair's answer is still on its way. */
  loading: boolean;
  outcomes: BurnOutcomes;
  /** With good/total: their answers by span (absent without them). */
  counts?: CountOutcomes;
  /** The requests exactly as sent. */
  requests: RequestResult[];
}

/**
 * An SLO-type KPI's burn-rate answers (planBurnRequests), through the same path as its value
 * (runKpiQueries): emitted as they arrive; unsubscribing cancels what is still running.
 */
export function liveBurnAnswers(
  kpi: Kpi,
  { now, timeZone, scopedVars }: { now: number; timeZone: string; scopedVars?: ScopedVars },
  dsSrv: DataSourceSrv
): Observable<BurnAnswers> {
  return defer(() => {
    const planned = planBurnRequests(kpi, now);
    return runKpiQueries({ requests: planned }, dsSrv, { scopedVars, timezone: timeZone }).pipe(
      map((requests) => {
        const outcomes: BurnOutcomes = {};
        const counts: CountOutcomes = {};
        planned.forEach(({ longWindow, countSpan, targets }, i) => {
          for (const { refId } of targets) {
            const outcome = requests[i].outcomes.get(refId);
            if (outcome && longWindow) {
              outcomes[longWindow] = outcome;
            } else if (outcome && countSpan) {
              counts[countSpan] = { ...counts[countSpan], [refId]: outcome };
            }
          }
        });
        const exact = planned.some((p) => p.countSpan !== undefined);
        return {
          now,
          loading: requests.some((r) => r.loading),
          outcomes,
          counts: exact ? counts : undefined,
          requests,
        };
      })
    );
  });
}
