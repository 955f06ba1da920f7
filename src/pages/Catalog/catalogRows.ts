import { type Kpi, type KpiStatus, type Problem } from '../../kpi/types';
import { type ValidationResult } from '../../kpi/validateCatalog';
import { type KpiResult } from '../../query/evaluateResults';
import { shownSeverity } from '../shared/shownStatus';

/** A broken definition is an `error`, one of the spec's six statuses, as on the panel and the objectives page. */
export type RowStatus = KpiStatus | 'loading';

interface RowBase {
  id: string;
  /** Position in the catalog's kpis: unique where ids are not (an invalid catalog may repeat one), so the key. */
  index: number;
  name: string;
  status: RowStatus;
  /** The `now` the KPI was evaluated at, for "updated N ago". */
  evaluatedAt?: number;
}

/** One line of the catalog: a valid KPI with its result, or a bad one with its errors (never dropped). */
export type CatalogRow = RowBase &
  (
    | { kpi: Kpi; result?: KpiResult; errors?: undefined }
    /** A bad KPI: the fields that have their shape (it may lack any of them). */
    | { kpi: Partial<Kpi>; result?: undefined; errors: Problem[] }
  );

export function buildRows(validation: ValidationResult, results: KpiResult[], evaluatedAt?: number): CatalogRow[] {
  const byId = new Map(results.map((r) => [r.kpi.id, r]));
  return validation.kpis.map((entry): CatalogRow => {
    const { index } = entry;
    if (!entry.ok) {
      const { id, name, fields: kpi, problems: errors } = entry;
      return { id, index, name, kpi, errors, status: 'error' };
    }
    const kpi = entry.value;
    const result = byId.get(kpi.id);
    const status = result?.evaluation?.status ?? 'loading';
    return { id: kpi.id, index, name: kpi.name, kpi, result, status, evaluatedAt };
  });
}

/**
 * Worst first by the status the badge shows (a broken definition is an error among the query errors), then by
 * name; loading last so settled rows do not jump.
 */
export function sortWorstFirst(rows: CatalogRow[]): CatalogRow[] {
  return [...rows].sort((a, b) => shownSeverity(a.status) - shownSeverity(b.status) || a.name.localeCompare(b.name));
}
