import { evaluateCatalog } from '../kpi/evaluateCatalog';
import { type QueryOutcome } from '../kpi/evaluateKpi';
import { type Kpi, type KpiEvaluation } from '../kpi/types';
import { planKpiRequests, type Period } from '../query/planKpiRequests';
import { postDsQuery } from './dsQueryHttp';
import { type GrafanaConnection } from './grafanaHttp';
import { mapLimited } from './mapLimited';

/**
 * The KPIs evaluated at `now` through Grafana's /api/ds/query, in their order: planned as the pages plan them
 * (previous period and freshness included), asked in parallel within --concurrency. Throws
 * GrafanaUnavailableError when a request gets no answer; the first such request stops the others.
 */
export async function evaluateLive(
  kpis: Kpi[],
  grafana: GrafanaConnection & { concurrency: number },
  now: number,
  timeZone: string
): Promise<KpiEvaluation[]> {
  const plan = planKpiRequests(kpis, { now, timeZone, withPrevious: true, withFreshness: true });
  const answers = new Map<string, Map<string, QueryOutcome>>();
  const outcomes = await mapLimited(plan.requests, grafana.concurrency, (planned, signal) =>
    postDsQuery(grafana, planned, signal)
  );
  plan.requests.forEach((planned, i) => answers.set(planned.key, outcomes[i]));
  const lookup = (period: Period) => (kpi: { id: string }) => {
    const ref = plan.kpis.get(kpi.id)?.answers[period];
    return ref ? answers.get(ref.requestKey)?.get(ref.refId) : undefined;
  };
  return evaluateCatalog({
    kpis,
    now,
    timeZone,
    current: lookup('current'),
    previous: lookup('previous'),
    fresh: lookup('fresh'),
  });
}
