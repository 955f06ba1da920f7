import { evaluateKpi, type QueryOutcome } from '../kpi/evaluateKpi';
import { type KpiWindow } from '../kpi/kpiWindow';
import { type Kpi, type KpiEvaluation } from '../kpi/types';
import { failureText } from './failureText';
import { type Period, type RequestPlan } from './planKpiRequests';
import { type RequestResult } from './runKpiQueries';

export interface KpiResult {
  kpi: Kpi;
  loading: boolean;
  evaluation?: KpiEvaluation;
  /** The window the KPI was evaluated over (a trend reads its period from it). */
  window?: KpiWindow;
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
    const fresh = outcome(kpi.id, 'fresh');
    // The newest sample's time comes with the freshness answer: wait for it, so "updated" never jumps.
    if (!planned || current.loading || fresh.loading) {
      return { kpi, loading: true };
    }
    const evaluation = evaluateKpi({
      kpi,
      now,
      window: planned.window,
      current: current.outcome ?? { error: failureText.noAnswer() },
      previousWindow: planned.previous,
      previousPeriod: planned.previousPeriod,
      previous: previous.outcome,
      fresh: fresh.outcome,
    });
    return {
      kpi,
      loading: previous.loading,
      evaluation,
      window: planned.window,
      current: current.outcome,
      previous: previous.outcome,
    };
  });
}
