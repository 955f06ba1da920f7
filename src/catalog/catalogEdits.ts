import { reviseKpi, type Author } from '../kpi/kpiRevisions';
import { indexOfId, isRecord } from '../kpi/places';
import { type Kpi, type KpiCatalog, type Objective, type Scorecard } from '../kpi/types';

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

/**
 * The KPI put in place as it is, not revised: what the form validates while the KPI's revision or history cannot
 * take an edit (reviseKpi refuses it; see revisionBlockers), so its fields' errors still show.
 */
export function placeKpi(catalog: KpiCatalog, edited: Kpi, originalId?: string): KpiCatalog {
  return { ...catalog, kpis: upsertById(catalog.kpis, edited, originalId) };
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
 * The id of the item at `index` when it is that item's alone, which is what a form opens it by. A catalog
 * written as YAML may leave an id out or repeat it: such an item has none (the list offers the YAML tab instead).
 */
export function ownId(items: readonly unknown[], index: number): string | undefined {
  const id = idOf(items[index]);
  return id !== undefined && items.every((item, i) => i === index || idOf(item) !== id) ? id : undefined;
}

function idOf(item: unknown): string | undefined {
  return isRecord(item) && typeof item.id === 'string' && item.id !== '' ? item.id : undefined;
}

/** Scorecards are views, not definitions: no revision history. */
export function upsertScorecard(catalog: KpiCatalog, edited: Scorecard, originalId?: string): KpiCatalog {
  return { ...catalog, scorecards: upsertById(catalog.scorecards ?? [], edited, originalId) };
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
