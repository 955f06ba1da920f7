import { isRecord } from '../../kpi/places';
import { orderScorecard } from '../../kpi/scorecardOrder';
import { Kpi, KpiCatalog, KpiStatus, Objective } from '../../kpi/types';
import { KpiResult } from '../../query/evaluateResults';

export interface ObjectiveRollUp {
  objective: Objective;
  kpis: Array<{ kpi: Kpi; status?: KpiStatus }>;
  onTrack: number;
  /** The worst status among its KPIs; undefined while none is evaluated. */
  worst?: KpiStatus;
}

/**
 * Each objective with its KPIs, worst first, and a roll-up an executive reads at a glance: how many are on
 * track and the worst status. Objectives are ordered worst first too; one without KPIs comes last. Worst first
 * is the scorecard's order (orderScorecard): catalog order among equals, not yet evaluated last.
 */
export function rollUpObjectives(catalog: KpiCatalog, results: KpiResult[]): ObjectiveRollUp[] {
  const statusOf = new Map(results.map((r) => [r.kpi.id, r.evaluation?.status]));
  // Each objective's KPIs, with their catalog position (the tie-breaker), in one pass over the catalog.
  const served = new Map<string, Array<{ kpi: Kpi; name: string; index: number; status?: KpiStatus }>>();
  catalog.kpis.forEach((kpi, index) => {
    if (isRecord(kpi) && typeof kpi.objective === 'string') {
      const items = served.get(kpi.objective) ?? [];
      items.push({ kpi, name: kpi.name, index, status: statusOf.get(kpi.id) });
      served.set(kpi.objective, items);
    }
  });
  const rollUps = (catalog.objectives ?? []).filter(isRecord).map((objective): ObjectiveRollUp => {
    const ordered = orderScorecard(served.get(objective.id) ?? [], 'worst-first');
    const kpis = ordered.map(({ kpi, status }) => ({ kpi, status }));
    const worst = kpis.find((k) => k.status !== undefined)?.status;
    return { objective, kpis, worst, onTrack: kpis.filter((k) => k.status === 'on-track').length };
  });
  const ordered = orderScorecard(
    rollUps.map((rollUp, index) => ({ rollUp, name: rollUp.objective.title, index, status: rollUp.worst })),
    'worst-first'
  ).map(({ rollUp }) => rollUp);
  return [...ordered.filter((r) => r.kpis.length > 0), ...ordered.filter((r) => r.kpis.length === 0)];
}
