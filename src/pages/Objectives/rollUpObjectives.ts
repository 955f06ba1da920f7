import { entryName, firstIndexById } from '../../kpi/catalogEntries';
import { invalidKpiEvaluation } from '../../kpi/invalidKpiEvaluation';
import { STATUS_SEVERITY } from '../../kpi/kpiStatus';
import { rollUp, shortfall, weightOf } from '../../kpi/objectiveRollUp';
import { problemsText } from '../../kpi/problemsText';
import { orderScorecard } from '../../kpi/scorecardOrder';
import {
  type Kpi,
  type KpiEvaluation,
  type KpiStatus,
  type Objective,
  type Problem,
  type RollUp,
} from '../../kpi/types';
import { type ValidationResult } from '../../kpi/validateCatalog';
import { type KpiResult } from '../../query/evaluateResults';

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
  /** As written: one the catalog marks invalid has the fields that have their shape. */
  objective: Partial<Objective>;
  /** Position among the catalog's objectives: unique where ids are not (an invalid catalog may repeat one). */
  index: number;
  /** Its id, or its place (`objectives[1]`) where it has none. */
  id: string;
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
  const evaluationOf = new Map(results.map((r) => [r.kpi.id, r.evaluation]));
  // Each objective's KPIs, with their catalog position (the tie-breaker), in one pass over the catalog.
  const served = new Map<string, Array<ObjectiveKpi & { status?: KpiStatus }>>();
  for (const entry of validation.kpis) {
    const kpi = entry.ok ? entry.value : entry.fields;
    if (kpi.objective === undefined) {
      continue;
    }
    const { id, name } = entryName(entry);
    const evaluation = entry.ok ? evaluationOf.get(id) : invalidKpiEvaluation(id, problemsText(entry.problems));
    const items = served.get(kpi.objective) ?? [];
    const weight = weightOf({ weight: kpi.weight });
    items.push({
      kpi,
      id,
      name,
      evaluation,
      invalid: !entry.ok,
      index: entry.index,
      weight,
      status: evaluation?.status,
    });
    served.set(kpi.objective, items);
  }
  const firstById = firstIndexById(validation.objectives);
  const rollUps = validation.objectives.map((entry): ObjectiveRollUp => {
    const { index } = entry;
    const objective = entry.ok ? entry.value : entry.fields;
    const { id } = objective;
    const reachable = id !== undefined && firstById.get(id) === index;
    const ordered = orderScorecard((id !== undefined && reachable && served.get(id)) || [], 'worst-first');
    const kpis = ordered.map(({ status, ...item }) => item);
    const how: RollUp = objective.rollUp === 'weighted' ? 'weighted' : 'worst';
    const { status, score } = rollUp(how, ordered, worstStatus);
    const onTrack = ordered.filter((k) => k.status === 'on-track').length;
    const [label, title] = entry.ok ? [entry.value.id, entry.value.title] : [entry.id, entry.name];
    const errors = entry.ok ? [] : entry.problems;
    const heldBackBy = heldBack(ordered);
    return { objective, index, id: label, title, reachable, errors, kpis, how, status, score, onTrack, heldBackBy };
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
