import { reviseKpi, revisionBlockers, type Author } from '../kpi/kpiRevisions';
import { isRecord } from '../kpi/places';
import { type Kpi, type KpiCatalog, type Scorecard } from '../kpi/types';
import { ownId } from './catalogEdits';
import { scorecardSelect } from './scorecardSelect';

/**
 * Deletes from a catalog draft, by the item's place in its list: a catalog written as YAML may repeat an id or
 * leave it out, and a delete by id would then remove every item that has it. References to the deleted item
 * (drives, scorecards' ids, KPIs' objective) go with it, unless another item still has its id.
 */

/**
 * Removes the KPI at `index` and the references to it (other KPIs' drives, scorecards' ids), except the id of a
 * scorecard that picks only it (KpiDeleteEffects.emptied).
 */
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
    // A KPI whose revision or history cannot take the change keeps the reference, for validation to name.
    if (!isRecord(k) || k.objective !== id || revisionBlockers(k).length > 0) {
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

/** What deleting the KPI at `index` changes elsewhere, for the confirm dialog to name. */
export interface KpiDeleteEffects {
  /** KPIs that drive it: they no longer do (a change recorded in their history). */
  drivers: Kpi[];
  /** Scorecards that pick it by id among other KPIs: they no longer show it. */
  narrowed: Scorecard[];
  /**
   * Scorecards that pick only it by id. Without it their `ids` would be empty, and an empty list is no criterion
   * (every KPI, or every KPI their other criteria match): the catalog has no way to say "no KPIs". So the editor
   * does not delete while there are any, and deleteKpiAt leaves their ids as they are, for validation to name.
   */
  emptied: Scorecard[];
}

export function kpiDeleteEffects(catalog: KpiCatalog, index: number): KpiDeleteEffects {
  const id = ownId(catalog.kpis, index);
  if (id === undefined) {
    return { drivers: [], narrowed: [], emptied: [] };
  }
  const choosing = (catalog.scorecards ?? []).filter((s) => chosenIds(s)?.includes(id));
  return {
    drivers: catalog.kpis.filter((k) => drives(k, id)),
    narrowed: choosing.filter((s) => !onlyChooses(s, id)),
    emptied: choosing.filter((s) => onlyChooses(s, id)),
  };
}

/**
 * Whether a KPI lists `id` in its drives. A catalog loaded as it was written may give `drives` another shape
 * (`drives: lag`); validation names that at its place, and it is left as it is: `.includes` on a string would
 * match part of an id, and `.filter` would throw and stop the delete.
 */
function drives(kpi: Kpi, id: string): kpi is Kpi & { drives: string[] } {
  return isRecord(kpi) && Array.isArray(kpi.drives) && kpi.drives.includes(id);
}

/** A KPI whose revision or history cannot take the change keeps the edge, for validation to name. */
function withoutDriven(kpi: Kpi, id: string, author: Author): Kpi {
  return drives(kpi, id) && revisionBlockers(kpi).length === 0
    ? reviseKpi(kpi, { ...kpi, drives: kpi.drives.filter((d) => d !== id) }, author)
    : kpi;
}

/** A scorecard's ids, when it picks by a list of them; a `select` or `ids` of another shape is for validation. */
function chosenIds(scorecard: Scorecard): string[] | undefined {
  return isRecord(scorecard) && isRecord(scorecard.select) ? scorecardSelect(scorecard).ids : undefined;
}

function onlyChooses(scorecard: Scorecard, id: string): boolean {
  return chosenIds(scorecard)?.every((d) => d === id) ?? false;
}

/** A scorecard that no longer chooses `id`, unless it chooses nothing else (see KpiDeleteEffects.emptied). */
function withoutChosen(scorecard: Scorecard, id: string): Scorecard {
  const ids = chosenIds(scorecard);
  if (!ids?.includes(id) || onlyChooses(scorecard, id)) {
    return scorecard;
  }
  return { ...scorecard, select: { ...scorecard.select, ids: ids.filter((d) => d !== id) } };
}
