import { errorBudget, type ErrorBudget } from '../kpi/errorBudget';
import { type QueryOutcome } from '../kpi/evaluateKpi';
import { durationMs } from '../kpi/grafanaKnowledge';
import { resolveWindow } from '../kpi/kpiWindow';
import { type Kpi, type KpiEvaluation } from '../kpi/types';
import { planBurnRequests } from '../query/planBurnRequests';
import { postDsQuery } from './dsQueryHttp';
import { type GrafanaConnection } from './grafanaHttp';

/**
 * The error budget with burn rates of each selected SLO KPI that has a value, read live as the KPI page reads
 * them (planBurnRequests): `check` fails when a page alert holds. By KPI id.
 */
export async function checkBudgets(
  kpis: Kpi[],
  evaluations: KpiEvaluation[],
  grafana: GrafanaConnection,
  now: number,
  timeZone: string
): Promise<Map<string, ErrorBudget>> {
  const budgets = new Map<string, ErrorBudget>();
  for (const [i, kpi] of kpis.entries()) {
    const value = evaluations[i]?.value;
    if (!kpi.slo || value === null || value === undefined) {
      continue;
    }
    const { outcomes, counts } = await readBurnOutcomes(kpi, grafana, now);
    const window = resolveWindow(kpi.window, now, kpi.timezone ?? timeZone);
    const windowMs = window.calendar ? window.periodEnd - window.periodStart : durationMs(kpi.window)!;
    const exact = kpi.slo.good && kpi.slo.total ? counts : undefined;
    const budget = errorBudget(kpi, value, outcomes, now, windowMs, exact);
    if (budget) {
      budgets.set(kpi.id, budget);
    }
  }
  return budgets;
}

type BurnCounts = Record<string, { good?: QueryOutcome; total?: QueryOutcome }>;

/** The KPI's burn-rate answers: the value over each long window, and the good/total counts over each span. */
async function readBurnOutcomes(
  kpi: Kpi,
  grafana: GrafanaConnection,
  now: number
): Promise<{ outcomes: Record<string, QueryOutcome>; counts: BurnCounts }> {
  const outcomes: Record<string, QueryOutcome> = {};
  const counts: BurnCounts = {};
  for (const request of planBurnRequests(kpi, now)) {
    const answers = await postDsQuery(grafana, { ...request, period: 'current' });
    for (const [refId, outcome] of answers) {
      if (request.longWindow) {
        outcomes[request.longWindow] = outcome;
      } else if (request.countSpan) {
        counts[request.countSpan] = { ...counts[request.countSpan], [refId]: outcome };
      }
    }
  }
  return { outcomes, counts };
}
