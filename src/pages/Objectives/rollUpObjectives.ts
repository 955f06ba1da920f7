import { invalidKpiEvaluation } from '../../kpi/invalidKpiEvaluation';
import { entryErrors } from '../../kpi/entryErrors';
import { entryLabel, isRecord, reachableById } from '../../kpi/places';
import { orderScorecard } from '../../kpi/scorecardOrder';
import { Kpi, KpiEvaluation, KpiStatus, Objective, Problem } from '../../kpi/types';
import { ValidationResult } from '../../kpi/validateCatalog';
import { KpiResult } from '../../query/evaluateResults';
import { problemsText } from '../../kpi/problemsText';

export interface ObjectiveKpi {
  /** As written: one the catalog marks invalid may lack any field. */
  kpi: Partial<Kpi>;
  id: string;
  name: string;
  /** Position in the catalog: unique where ids are not (a duplicate id is an error the KPI is listed with). */
  index: number;
  /** Undefined while its answer has not arrived. */
  evaluation?: KpiEvaluation;
  /** The catalog marks its definition invalid: it is never queried, and shown as an error with what is wrong. */
  invalid: boolean;
}

export interface ObjectiveRollUp {
  objective: Objective;
  /** Position among the catalog's objectives: unique where ids are not (an invalid catalog may repeat one). */
  index: number;
  /** Its title, or its id or place where the title is not text (entryLabel). */
  title: string;
  /**
   * Whether a KPI's `objective` (a link by id) reaches it: it has an id no objective before it has. One that repeats
   * an earlier id is shown with its error and no KPIs, as a KPI that repeats an id is (reachableById).
   */
  reachable: boolean;
  /** Its own errors (`objectives[1] (speed).id: duplicate id, also objectives[0]`). */
  errors: Problem[];
  kpis: ObjectiveKpi[];
  onTrack: number;
  /** The worst status among its KPIs; undefined while none is evaluated. */
  worst?: KpiStatus;
}

/**
 * Each objective with its KPIs, worst first, and a roll-up an executive reads at a glance: how many are on
 * track and the worst status. Objectives are ordered worst first too; one without KPIs comes last. Worst first
 * is the scorecard's order (orderScorecard): catalog order among equals, not yet evaluated last. A KPI the
 * catalog marks invalid is an error, as on the scorecard panel (invalidKpiEvaluation): no answer will come for
 * it, so it is never left loading, and its objective never looks healthier than it is.
 */
export function rollUpObjectives(validation: ValidationResult, results: KpiResult[]): ObjectiveRollUp[] {
  const { catalog, kpiErrors } = validation;
  const evaluationOf = new Map(results.map((r) => [r.kpi.id, r.evaluation]));
  // Each objective's KPIs, with their catalog position (the tie-breaker), in one pass over the catalog.
  const served = new Map<string, Array<ObjectiveKpi & { status?: KpiStatus }>>();
  catalog.kpis.forEach((kpi, index) => {
    if (!isRecord(kpi) || typeof kpi.objective !== 'string') {
      return;
    }
    const id = typeof kpi.id === 'string' && kpi.id !== '' ? kpi.id : `kpis[${index}]`;
    const name = typeof kpi.name === 'string' && kpi.name !== '' ? kpi.name : id;
    const errors = kpiErrors.get(index);
    const evaluation = errors ? invalidKpiEvaluation(id, problemsText(errors)) : evaluationOf.get(id);
    const items = served.get(kpi.objective) ?? [];
    items.push({ kpi, id, name, evaluation, invalid: !!errors, index, status: evaluation?.status });
    served.set(kpi.objective, items);
  });
  const objectives = catalog.objectives ?? [];
  const rollUps = objectives.flatMap((objective, index): ObjectiveRollUp[] => {
    if (!isRecord(objective)) {
      return [];
    }
    const reachable = reachableById(objectives, index);
    const ordered = orderScorecard((reachable && served.get(objective.id)) || [], 'worst-first');
    const kpis = ordered.map(({ status, ...item }) => item);
    const worst = ordered.find((k) => k.status !== undefined)?.status;
    const onTrack = ordered.filter((k) => k.status === 'on-track').length;
    const title = entryLabel(objective, index, 'objectives').name;
    const errors = entryErrors(validation.problems, 'objectives', index);
    return [{ objective, index, title, reachable, errors, kpis, worst, onTrack }];
  });
  const ordered = orderScorecard(
    rollUps.map((rollUp) => ({ rollUp, name: rollUp.title, index: rollUp.index, status: rollUp.worst })),
    'worst-first'
  ).map(({ rollUp }) => rollUp);
  return [...ordered.filter((r) => r.kpis.length > 0), ...ordered.filter((r) => r.kpis.length === 0)];
}
