import { useEffect, useMemo, useState } from 'react';
import { ScopedVars } from '@grafana/data';
import { getDataSourceSrv } from '@grafana/runtime';
import { QueryOutcome } from '../../kpi/evaluateKpi';
import { Kpi } from '../../kpi/types';
import { KpiResult, evaluateResults } from '../../query/evaluateResults';
import { Period, RequestPlan, planKpiRequests } from '../../query/planKpiRequests';
import { coalesceAnswers } from '../../query/coalesceAnswers';
import { RequestResult, runKpiQueries } from '../../query/runKpiQueries';

export interface KpiResultsOptions {
  /** The evaluation's now (a dashboard's time range end), epoch ms. */
  now: number;
  /** Zone for calendar windows of KPIs without their own: 'browser', 'utc' or an IANA name. */
  timeZone: string;
  scopedVars?: ScopedVars;
  /** Anything that changes on a refresh (the dashboard's time range object): a new value asks again. */
  refreshKey?: unknown;
}

/**
 * Evaluates KPIs live through Grafana's datasources. Every KPI starts loading and fills in as its datasource
 * answers (answers close together in one go: coalesceAnswers); a new KPI list, now, zone or refresh cancels
 * what is still in flight, and so does unmounting.
 *
 * Each answer re-evaluates only the KPIs it is for: the others keep their result object, so a memoised view
 * of them (a scorecard card) does not render again when another request comes back.
 */
export function useKpiResults(kpis: Kpi[], { now, timeZone, scopedVars, refreshKey }: KpiResultsOptions): KpiResult[] {
  const loading = useMemo(() => kpis.map((kpi) => ({ kpi, loading: true })), [kpis]);
  const [state, setState] = useState<{ for: Kpi[]; results: KpiResult[] }>({ for: kpis, results: loading });

  useEffect(() => {
    const plan = planKpiRequests(kpis, { now, timeZone, withPrevious: true });
    const seen = new Map<string, { inputs: AnswerInputs; result: KpiResult }>();
    const answers = runKpiQueries(plan, getDataSourceSrv(), { scopedVars, timezone: timeZone });
    const subscription = answers.pipe(coalesceAnswers()).subscribe({
      next: (results) => {
        const next = evaluateChanged(kpis, plan, results, now, seen);
        setState((prev) => {
          // Nothing answered yet and nothing of this list on screen to mark as reloading: the loading objects the
          // view already has stay, so it does not render again for nothing.
          if (next.every((r) => !r.evaluation)) {
            if (prev.for !== kpis) {
              return { for: kpis, results: loading };
            }
            if (prev.results.every((r) => !r.evaluation)) {
              return prev;
            }
          }
          return { for: kpis, results: prev.for === kpis ? keepWhileReloading(prev.results, next) : next };
        });
      },
    });
    // Unsubscribing cancels the datasource requests still running (runKpiQueries' contract).
    return () => subscription.unsubscribe();
  }, [kpis, loading, now, timeZone, scopedVars, refreshKey]);

  // Until the new list's first answer, never show the old list's results under the new KPIs.
  return state.for === kpis ? state.results : loading;
}

/** What a KPI's evaluation depends on besides the KPI, plan and now: its answers and whether they are in. */
type AnswerInputs = [
  RequestResult | undefined,
  QueryOutcome | undefined,
  RequestResult | undefined,
  QueryOutcome | undefined,
];

function answerInputs(kpiId: string, plan: RequestPlan, byKey: Map<string, RequestResult>): AnswerInputs {
  const of = (period: Period): [RequestResult | undefined, QueryOutcome | undefined] => {
    const ref = plan.kpis.get(kpiId)?.answers[period];
    const result = ref ? byKey.get(ref.requestKey) : undefined;
    return [result, ref ? result?.outcomes.get(ref.refId) : undefined];
  };
  return [...of('current'), ...of('previous')];
}

const sameInputs = (a: AnswerInputs, b: AnswerInputs) => a.every((v, i) => v === b[i]);

/**
 * evaluateResults for the KPIs whose answers changed since the last emission (runKpiQueries re-emits every
 * request's last result, the same objects, when one of them answers); the rest keep their result object.
 */
function evaluateChanged(
  kpis: Kpi[],
  plan: RequestPlan,
  results: RequestResult[],
  now: number,
  seen: Map<string, { inputs: AnswerInputs; result: KpiResult }>
): KpiResult[] {
  const byKey = new Map(results.map((r) => [r.key, r]));
  const inputs = kpis.map((kpi) => answerInputs(kpi.id, plan, byKey));
  const changed = kpis.filter((kpi, i) => {
    const before = seen.get(kpi.id);
    // `seen` is this KPI list's own (a new list restarts the effect): only the answers can have changed.
    return !before || !sameInputs(before.inputs, inputs[i]);
  });
  const fresh = new Map<Kpi, KpiResult>();
  if (changed.length > 0) {
    evaluateResults(changed, plan, results, now).forEach((result, i) => fresh.set(changed[i], result));
  }
  return kpis.map((kpi, i) => {
    const result = fresh.get(kpi);
    if (result) {
      seen.set(kpi.id, { inputs: inputs[i], result });
      return result;
    }
    return seen.get(kpi.id)!.result;
  });
}

/** On a refresh the last answer stays on screen (marked loading) until the new one arrives: no flashing cards. */
function keepWhileReloading(previous: KpiResult[], next: KpiResult[]): KpiResult[] {
  const before = new Map(previous.map((r) => [r.kpi.id, r]));
  return next.map((r) => {
    const old = before.get(r.kpi.id);
    if (r.evaluation === undefined && old?.evaluation) {
      // Already the kept answer marked loading: the same object, so its view need not render again.
      return old.loading ? old : { ...old, loading: true };
    }
    return r;
  });
}
