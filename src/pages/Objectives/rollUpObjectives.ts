import { invalidKpiEvaluation } from '../../kpi/invalidKpiEvaluation';
import { entryErrors } from '../../kpi/entryErrors';
import { entryLabel, isRecord, reachableById } from '../../kpi/places';
import { orderScorecard } from '../../kpi/scorecardOrder';
import { STATUS_SEVERITY } from '../../kpi/kpiStatus';
import { rollUp, shortfall, weightOf } from '../../kpi/objectiveRollUp';
import { Kpi, KpiEvaluation, KpiStatus, Objective, Problem, RollUp } from '../../kpi/types';
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
  /** What it counts with in a weighted roll-up (its `weight`, default 1). */
  weight: number;
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
  /** worst (the default) or weighted: how its KPIs' statuses roll up (objectiveRollUp.ts). */
  how: RollUp;
  /** The rolled-up status; undefined while no KPI is evaluated. */
  status?: KpiStatus;
  /** The weighted score, 0..1 (weighted roll-up only). */
  score?: number;
  /** The evaluated KPIs that are not on track, the one that costs the objective most first: what drags it down. */
  heldBackBy: ObjectiveKpi[];
}

/**
 * Each objective with its KPIs, worst first, and a roll-up an executive reads at a glance: how many are on
 * track and its rolled-up status (the worst, or a weighted score). Objectives are ordered worst first too; one without KPIs comes last. Worst first
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
    const weight = weightOf({ weight: kpi.weight });
    items.push({ kpi, id, name, evaluation, invalid: !!errors, index, weight, status: evaluation?.status });
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
    const how: RollUp = objective.rollUp === 'weighted' ? 'weighted' : 'worst';
    const { status, score } = rollUp(how, ordered, worstStatus);
    const onTrack = ordered.filter((k) => k.status === 'on-track').length;
    const title = entryLabel(objective, index, 'objectives').name;
    const errors = entryErrors(validation.problems, 'objectives', index);
    const heldBackBy = heldBack(ordered);
    return [{ objective, index, title, reachable, errors, kpis, how, status, score, onTrack, heldBackBy }];
  });
  const ordered = orderScorecard(
    rollUps.map((item) => ({ item, name: item.title, index: item.index, status: item.status })),
    'worst-first'
  ).map(({ item }) => item);
  return [...ordered.filter((r) => r.kpis.length > 0), ...ordered.filter((r) => r.kpis.length === 0)];
}

function worstStatus(statuses: KpiStatus[]): KpiStatus {
  return statuses.reduce((worst, s) => (STATUS_SEVERITY[s] < STATUS_SEVERITY[worst] ? s : worst));
}

/** Worst first already; a stable sort by what each costs keeps that order among equals. */
function heldBack(ordered: Array<ObjectiveKpi & { status?: KpiStatus }>): ObjectiveKpi[] {
  return ordered
    .filter((k) => shortfall(k) > 0)
    .sort((a, b) => shortfall(b) - shortfall(a))
    .map(({ status, ...item }) => item);
}
