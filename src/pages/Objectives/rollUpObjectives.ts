import { STATUS_SEVERITY } from '../../kpi/kpiStatus';
import { isRecord } from '../../kpi/places';
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
 * track and the worst status. Objectives are ordered worst first too; one without KPIs comes last.
 */
export function rollUpObjectives(catalog: KpiCatalog, results: KpiResult[]): ObjectiveRollUp[] {
  const statusOf = new Map(results.map((r) => [r.kpi.id, r.evaluation?.status]));
  const rank = (s?: KpiStatus) => (s === undefined ? 99 : STATUS_SEVERITY[s]);
  const rollUps = (catalog.objectives ?? []).filter(isRecord).map((objective): ObjectiveRollUp => {
    const kpis = (catalog.kpis.filter((k) => isRecord(k) && k.objective === objective.id) as Kpi[])
      .map((kpi) => ({ kpi, status: statusOf.get(kpi.id) }))
      .sort((a, b) => rank(a.status) - rank(b.status));
    const worst = kpis.find((k) => k.status !== undefined)?.status;
    return { objective, kpis, worst, onTrack: kpis.filter((k) => k.status === 'on-track').length };
  });
  return rollUps.sort(
    (a, b) => (a.kpis.length === 0 ? 1 : 0) - (b.kpis.length === 0 ? 1 : 0) || rank(a.worst) - rank(b.worst)
  );
}
