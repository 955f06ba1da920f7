import { Author, reviseKpi } from '../kpi/kpiRevisions';
import { isRecord } from '../kpi/places';
import { Kpi, KpiCatalog, Scorecard } from '../kpi/types';
import { ownId } from './catalogEdits';
import { scorecardSelect } from './scorecardSelect';

/**
 * Deletes from a catalog draft, by the item's place in its list: a catalog written as YAML may repeat an id or
 * leave it out, and a delete by id would then remove every item that has it. References to the deleted item
 * (drives, scorecards' ids, KPIs' objective) go with it, unless another item still has its id.
 */

/** Removes the KPI at `index` and the references to it (other KPIs' drives, scorecards' ids). */
export function deleteKpiAt(catalog: KpiCatalog, index: number, author: Author): KpiCatalog {
  const { rest: kpis, goneId: id } = withoutItemAt(catalog.kpis, index);
  if (id === undefined) {
    return { ...catalog, kpis };
  }
  const scorecards = catalog.scorecards?.map((s) => withoutChosen(s, id));
  return { ...catalog, kpis: kpis.map((k) => withoutDriven(k, id, author)), ...(scorecards ? { scorecards } : {}) };
}

/** Removes the objective at `index`; KPIs that named it no longer do (a change that does not bump their revision). */
export function deleteObjectiveAt(catalog: KpiCatalog, index: number, author: Author): KpiCatalog {
  const { rest: objectives, goneId: id } = withoutItemAt(catalog.objectives ?? [], index);
  if (id === undefined) {
    return { ...catalog, objectives };
  }
  const kpis = catalog.kpis.map((k) => {
    if (!isRecord(k) || k.objective !== id) {
      return k;
    }
    const { objective: _dropped, ...rest } = k;
    return reviseKpi(k, rest, author);
  });
  return { ...catalog, objectives, kpis };
}

/** Scorecards are views: nothing refers to one. */
export function deleteScorecardAt(catalog: KpiCatalog, index: number): KpiCatalog {
  return { ...catalog, scorecards: withoutItemAt(catalog.scorecards ?? [], index).rest };
}

/**
 * The list without the item at `index`, and the id whose references go with it: none when the item has no id,
 * or when another item keeps that id (the references still name one).
 */
function withoutItemAt<T>(items: readonly T[], index: number): { rest: T[]; goneId?: string } {
  return { rest: items.filter((_, i) => i !== index), goneId: ownId(items, index) };
}

/**
 * A KPI that no longer drives `id`. A catalog loaded as it was written may give `drives` another shape
 * (`drives: lag`); validation names that at its place, and it is left as it is: `.includes` on a string would
 * match part of an id, and `.filter` would throw and stop the delete.
 */
function withoutDriven(kpi: Kpi, id: string, author: Author): Kpi {
  if (!isRecord(kpi) || !Array.isArray(kpi.drives) || !kpi.drives.includes(id)) {
    return kpi;
  }
  return reviseKpi(kpi, { ...kpi, drives: kpi.drives.filter((d) => d !== id) }, author);
}

/** A scorecard that no longer chooses `id`; a `select` or `ids` of another shape is left for validation to name. */
function withoutChosen(scorecard: Scorecard, id: string): Scorecard {
  if (!isRecord(scorecard) || !isRecord(scorecard.select)) {
    return scorecard;
  }
  const { ids } = scorecardSelect(scorecard);
  return ids?.includes(id)
    ? { ...scorecard, select: { ...scorecard.select, ids: ids.filter((d) => d !== id) } }
    : scorecard;
}
