import { QueryOutcome, evaluateKpi } from '../kpi/evaluateKpi';
import { Kpi, KpiEvaluation } from '../kpi/types';
import { failureText } from './failureText';
import { Period, RequestPlan } from './planKpiRequests';
import { RequestResult } from './runKpiQueries';

export interface KpiResult {
  kpi: Kpi;
  loading: boolean;
  evaluation?: KpiEvaluation;
  current?: QueryOutcome;
  previous?: QueryOutcome;
}

/** Evaluates every KPI whose answers have arrived; the others stay loading. */
export function evaluateResults(kpis: Kpi[], plan: RequestPlan, results: RequestResult[], now: number): KpiResult[] {
  const byKey = new Map(results.map((r) => [r.key, r]));
  const outcome = (kpiId: string, period: Period): { loading: boolean; outcome?: QueryOutcome } => {
    const ref = plan.kpis.get(kpiId)?.answers[period];
    const result = ref ? byKey.get(ref.requestKey) : undefined;
    if (!ref || !result) {
      return { loading: ref !== undefined };
    }
    return { loading: result.loading, outcome: result.outcomes.get(ref.refId) };
  };
  return kpis.map((kpi) => {
    const planned = plan.kpis.get(kpi.id);
    const current = outcome(kpi.id, 'current');
    const previous = outcome(kpi.id, 'previous');
    if (!planned || current.loading) {
      return { kpi, loading: true };
    }
    const evaluation = evaluateKpi({
      kpi,
      now,
      window: planned.window,
      current: current.outcome ?? { error: failureText.noAnswer() },
      previousWindow: planned.previous,
      previous: previous.outcome,
    });
    return { kpi, loading: previous.loading, evaluation, current: current.outcome, previous: previous.outcome };
  });
}
