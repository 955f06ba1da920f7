import { Author, reviseKpi } from '../kpi/kpiRevisions';
import { isRecord } from '../kpi/places';
import { Kpi, KpiCatalog, Objective, Scorecard } from '../kpi/types';
import { scorecardSelect } from './scorecardSelect';

/**
 * Edits to a catalog draft. Each returns a new catalog (drafts are immutable, so the editor can compare with
 * what was loaded); KPI edits go through reviseKpi so the revision and history follow the spec.
 */

/**
 * Without `originalId` the KPI is a new one, added even when its id is taken, so validation reports the
 * duplicate instead of the other KPI being replaced (the same for objectives and scorecards).
 */
export function upsertKpi(catalog: KpiCatalog, edited: Kpi, author: Author, originalId?: string): KpiCatalog {
  const index = indexOfId(catalog.kpis, originalId);
  const before = index < 0 ? undefined : catalog.kpis[index];
  return { ...catalog, kpis: upsertById(catalog.kpis, reviseKpi(before, edited, author), originalId) };
}

/** Removes a KPI and the references to it (other KPIs' drives, scorecards' ids), so the catalog stays valid. */
export function deleteKpi(catalog: KpiCatalog, id: string, author: Author): KpiCatalog {
  const kpis = catalog.kpis.filter((k) => !isRecord(k) || k.id !== id).map((k) => withoutDriven(k, id, author));
  const scorecards = catalog.scorecards?.map((s) => withoutChosen(s, id));
  return { ...catalog, kpis, ...(scorecards ? { scorecards } : {}) };
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

export function upsertObjective(catalog: KpiCatalog, edited: Objective, originalId?: string): KpiCatalog {
  return { ...catalog, objectives: upsertById(catalog.objectives ?? [], edited, originalId) };
}

/** `edited` in place of the item with `originalId`, or added at the end when there is none (a new item). */
function upsertById<T extends { id: string }>(items: T[], edited: T, originalId: string | undefined): T[] {
  const index = indexOfId(items, originalId);
  return index < 0 ? [...items, edited] : items.map((item, i) => (i === index ? edited : item));
}

/**
 * Where the item with this id is, or -1. A list entry that is not an object (written so in YAML) is passed
 * over and kept as it is, so validation still names it and the items after it can be edited.
 */
export function indexOfId(items: readonly unknown[], id: string | undefined): number {
  return id === undefined ? -1 : items.findIndex((item) => isRecord(item) && item.id === id);
}

/** Removes an objective; KPIs that named it no longer do (a change that does not bump their revision). */
export function deleteObjective(catalog: KpiCatalog, id: string, author: Author): KpiCatalog {
  const objectives = (catalog.objectives ?? []).filter((o) => !isRecord(o) || o.id !== id);
  const kpis = catalog.kpis.map((k) => {
    if (!isRecord(k) || k.objective !== id) {
      return k;
    }
    const { objective: _dropped, ...rest } = k;
    return reviseKpi(k, rest, author);
  });
  return { ...catalog, objectives, kpis };
}

/** Scorecards are views, not definitions: no revision history. */
export function upsertScorecard(catalog: KpiCatalog, edited: Scorecard, originalId?: string): KpiCatalog {
  return { ...catalog, scorecards: upsertById(catalog.scorecards ?? [], edited, originalId) };
}

export function deleteScorecard(catalog: KpiCatalog, id: string): KpiCatalog {
  return { ...catalog, scorecards: (catalog.scorecards ?? []).filter((s) => !isRecord(s) || s.id !== id) };
}

/** A KPI to start a new one from: valid except for what only the admin can know. */
export function blankKpi(): Kpi {
  return {
    id: '',
    name: '',
    team: '',
    owner: '',
    type: 'lagging',
    direction: 'higher-is-better',
    target: { value: 0 },
    window: '7d',
    cadence: 'weekly',
    query: { datasource: { uid: '' } },
  };
}

export function blankObjective(): Objective {
  return { id: '', title: '' };
}

/** A scorecard to start a new one from: every KPI, as cards, until the admin narrows it. */
export function blankScorecard(): Scorecard {
  return { id: '', title: '', select: {}, layout: 'cards' };
}
