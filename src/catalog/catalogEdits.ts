import { Author, reviseKpi } from '../kpi/kpiRevisions';
import { Kpi, KpiCatalog, Objective, Scorecard } from '../kpi/types';

/**
 * Edits to a catalog draft. Each returns a new catalog (drafts are immutable, so the editor can compare with
 * what was loaded); KPI edits go through reviseKpi so the revision and history follow the spec.
 */

/**
 * Without `originalId` the KPI is a new one, added even when its id is taken, so validation reports the
 * duplicate instead of the other KPI being replaced (the same for objectives and scorecards).
 */
export function upsertKpi(catalog: KpiCatalog, edited: Kpi, author: Author, originalId?: string): KpiCatalog {
  const before = originalId === undefined ? undefined : catalog.kpis.find((k) => k.id === originalId);
  return { ...catalog, kpis: upsertById(catalog.kpis, reviseKpi(before, edited, author), originalId) };
}

/** Removes a KPI and the references to it (other KPIs' drives, scorecards' ids), so the catalog stays valid. */
export function deleteKpi(catalog: KpiCatalog, id: string, author: Author): KpiCatalog {
  const kpis = catalog.kpis
    .filter((k) => k.id !== id)
    .map((k) =>
      k.drives?.includes(id) ? reviseKpi(k, { ...k, drives: k.drives.filter((d) => d !== id) }, author) : k
    );
  const scorecards = catalog.scorecards?.map((s) =>
    s.select.ids?.includes(id) ? { ...s, select: { ...s.select, ids: s.select.ids.filter((d) => d !== id) } } : s
  );
  return { ...catalog, kpis, ...(scorecards ? { scorecards } : {}) };
}

export function upsertObjective(catalog: KpiCatalog, edited: Objective, originalId?: string): KpiCatalog {
  return { ...catalog, objectives: upsertById(catalog.objectives ?? [], edited, originalId) };
}

/** `edited` in place of the item with `originalId`, or added at the end when there is none (a new item). */
function upsertById<T extends { id: string }>(items: T[], edited: T, originalId: string | undefined): T[] {
  const index = originalId === undefined ? -1 : items.findIndex((item) => item.id === originalId);
  return index < 0 ? [...items, edited] : items.map((item, i) => (i === index ? edited : item));
}

/** Removes an objective; KPIs that named it no longer do (a change that does not bump their revision). */
export function deleteObjective(catalog: KpiCatalog, id: string, author: Author): KpiCatalog {
  const objectives = (catalog.objectives ?? []).filter((o) => o.id !== id);
  const kpis = catalog.kpis.map((k) => {
    if (k.objective !== id) {
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
  return { ...catalog, scorecards: (catalog.scorecards ?? []).filter((s) => s.id !== id) };
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
