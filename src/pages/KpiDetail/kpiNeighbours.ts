import { entryName, firstIndexById, type Entry, type ShownKpi } from '../../kpi/catalogEntries';
import { type Kpi } from '../../kpi/types';

/** A KPI next to this one in cause and effect: what to call it, and whether a link by its id opens its page. */
export interface Neighbour {
  id: string;
  name: string;
  /** False for an entry without an id or with one an earlier entry has: a link by id would open another page. */
  reachable: boolean;
}

/** The leading KPIs that drive this one and the lagging ones it drives, as the catalog lists them. */
export function kpiNeighbours(
  kpi: Pick<ShownKpi, 'id' | 'drives'>,
  entries: ReadonlyArray<Entry<Kpi>>
): { drivenBy: Neighbour[]; drives: Neighbour[] } {
  const firstById = firstIndexById(entries);
  const reachable = (entry: Entry<Kpi>, id: string) => firstById.get(id) === entry.index;
  const drivenBy = entries.flatMap((entry): Neighbour[] => {
    const drives = entry.ok ? entry.value.drives : entry.fields.drives;
    const label = entryName(entry);
    return drives?.includes(kpi.id) ? [{ ...label, reachable: reachable(entry, label.id) }] : [];
  });
  // A drives id names the first KPI with it, the one a link by that id opens; one no KPI has is not a link.
  const drives = (kpi.drives ?? []).map((id) => {
    const index = firstById.get(id);
    return index === undefined ? { id, name: id, reachable: false } : { ...entryName(entries[index]), reachable: true };
  });
  return { drivenBy, drives };
}
