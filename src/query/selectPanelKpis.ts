import { firstIndexById, type ShownKpi } from '../kpi/catalogEntries';
import { problemsText } from '../kpi/problemsText';
import { selectsEntry, type AlternativesSelector } from '../kpi/selectorAlternatives';
import { type Kpi } from '../kpi/types';
import { type LoadedCatalog } from './catalogSettings';

/** A selected KPI the catalog marks invalid, with its errors; one without an id or name goes by its place. */
interface InvalidEntry {
  kpi: ShownKpi;
  index: number;
  message: string;
  /** A link by its id opens its page: it has an id, and no entry before it has that id. */
  reachable: boolean;
}

export interface PanelSelection {
  /** Valid selected KPIs, in catalog order: these are queried. */
  kpis: Kpi[];
  /** Selected KPIs the catalog marks invalid. */
  invalid: InvalidEntry[];
  /** Catalog position of each valid KPI by id, for catalog order. */
  indexOf: Map<string, number>;
  /** Set when nothing was chosen at all (by-id mode with no id). */
  nothingChosen: boolean;
}

/** The catalog's KPIs this panel shows, before their status is known (the status filter comes after evaluation). */
export function selectPanelKpis(loaded: LoadedCatalog, selector: AlternativesSelector, byIds: boolean): PanelSelection {
  const selection: PanelSelection = { kpis: [], invalid: [], indexOf: new Map(), nothingChosen: false };
  if (byIds && (selector.ids ?? []).length === 0) {
    return { ...selection, nothingChosen: true };
  }
  const { status, ...catalogCriteria } = selector;
  const { kpis } = loaded.validation;
  const firstById = firstIndexById(kpis);
  for (const entry of kpis) {
    if (!selectsEntry(entry, catalogCriteria)) {
      continue;
    }
    const { index } = entry;
    if (entry.ok) {
      // Valid KPIs only: a broken duplicate further down must not take the place of the KPI whose id it repeats.
      selection.indexOf.set(entry.value.id, index);
      selection.kpis.push(entry.value);
    } else {
      const { id, name, fields, problems } = entry;
      const reachable = fields.id !== undefined && firstById.get(fields.id) === index;
      selection.invalid.push({ kpi: { ...fields, id, name }, index, message: problemsText(problems), reachable });
    }
  }
  return selection;
}
