import { type ScopedVars } from '@grafana/data';
import { type DataSourceSrv } from '@grafana/runtime';
import { defer, identity, map, type Observable } from 'rxjs';

import { type QueryOutcome } from '../kpi/evaluateKpi';
import { type Kpi } from '../kpi/types';
import { coalesceAnswers } from './coalesceAnswers';
import { evaluateResults, type KpiResult } from './evaluateResults';
import { planKpiRequests, type Period, type RequestPlan } from './planKpiRequests';
import { runKpiQueries, type RequestResult } from './runKpiQueries';

export interface LiveKpiResults {
  /** One per KPI, in the given order; a KPI stays `loading` until its answer arrives. */
  results: KpiResult[];
  /** The requests exactly as sent, for the debug view. */
  requests: RequestResult[];
}

export interface LiveOptions {
  /** The evaluation's now, epoch ms. */
  now: number;
  /** Zone for calendar windows of KPIs without their own: 'browser', 'utc' or an IANA name. */
  timeZone: string;
  scopedVars?: ScopedVars;
  /**
   * Take answers close together as one (the default): worth it where every render lays out many KPIs. A page
   * about one KPI turns it off, so its value shows the moment it arrives.
   */
  coalesce?: boolean;
}

/**
 * The one way KPIs are evaluated live, for the panel and the pages alike: planned into as few requests as
 * possible, run through Grafana's datasource service, answers close together taken as one (coalesceAnswers),
 * and evaluated. Each state re-evaluates only the KPIs whose answers changed: the others keep their result
 * object, so a memoised view of them (a card, a row) does not render again when another request comes back.
 * Unsubscribing cancels the requests still running.
 */
export function liveKpiResults(kpis: Kpi[], options: LiveOptions, dsSrv: DataSourceSrv): Observable<LiveKpiResults> {
  const { now, timeZone, scopedVars, coalesce = true } = options;
  // Per subscription: each run plans, asks and remembers its own answers.
  return defer(() => {
    const plan = planKpiRequests(kpis, { now, timeZone, withPrevious: true, withFreshness: true });
    const seen = new Map<string, { inputs: AnswerInputs; result: KpiResult }>();
    return runKpiQueries(plan, dsSrv, { scopedVars, timezone: timeZone }).pipe(
      coalesce ? coalesceAnswers() : identity,
      map((requests) => ({ requests, results: evaluateChanged(kpis, plan, requests, now, seen) }))
    );
  });
}

/** What a KPI's evaluation depends on besides the KPI, plan and now: its answers and whether they are in. */
type AnswerInputs = Array<RequestResult | QueryOutcome | undefined>;

function answerInputs(kpiId: string, plan: RequestPlan, byKey: Map<string, RequestResult>): AnswerInputs {
  const of = (period: Period): [RequestResult | undefined, QueryOutcome | undefined] => {
    const ref = plan.kpis.get(kpiId)?.answers[period];
    const result = ref ? byKey.get(ref.requestKey) : undefined;
    return [result, ref ? result?.outcomes.get(ref.refId) : undefined];
  };
  return [...of('current'), ...of('previous'), ...of('fresh')];
}

const sameInputs = (a: AnswerInputs, b: AnswerInputs) => a.every((v, i) => v === b[i]);

/**
 * evaluateResults for the KPIs whose answers changed since the last state (runKpiQueries re-emits every
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
    // `seen` is this run's own (a new list or refresh is a new run): only the answers can have changed.
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
