import { entryLabel, indexOfId, isRecord, reachableById } from '../../kpi/places';
import { Kpi } from '../../kpi/types';

/** A KPI next to this one in cause and effect: what to call it, and whether a link by its id opens its page. */
export interface Neighbour {
  id: string;
  name: string;
  /** False for an entry without an id or with one an earlier entry has: a link by id would open another page. */
  reachable: boolean;
}

/** The leading KPIs that drive this one and the lagging ones it drives, as the catalog lists them. */
export function kpiNeighbours(kpi: Kpi, entries: readonly unknown[]): { drivenBy: Neighbour[]; drives: Neighbour[] } {
  const drivenBy: Neighbour[] = [];
  entries.forEach((entry, index) => {
    if (isRecord(entry) && Array.isArray(entry.drives) && entry.drives.includes(kpi.id)) {
      drivenBy.push({ ...entryLabel(entry, index), reachable: reachableById(entries, index) });
    }
  });
  const ids = Array.isArray(kpi.drives) ? kpi.drives.filter((id): id is string => typeof id === 'string') : [];
  // A drives id names the first KPI with it, the one a link by that id opens; one no KPI has is not a link.
  const drives = ids.map((id) => {
    const index = indexOfId(entries, id);
    return { ...(index < 0 ? { id, name: id } : entryLabel(entries[index], index)), reachable: index >= 0 };
  });
  return { drivenBy, drives };
}
