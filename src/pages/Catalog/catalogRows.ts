import { entryLabel, isRecord } from '../../kpi/places';
import { Kpi, KpiStatus, Problem } from '../../kpi/types';
import { ValidationResult } from '../../kpi/validateCatalog';
import { KpiResult } from '../../query/evaluateResults';
import { shownSeverity } from '../shared/shownStatus';

export type RowStatus = KpiStatus | 'invalid' | 'loading';

/** One line of the catalog: a valid KPI with its result, or a bad one with its errors (never dropped). */
export interface CatalogRow {
  id: string;
  /** Position in the catalog's kpis: unique where ids are not (an invalid catalog may repeat one), so the key. */
  index: number;
  name: string;
  /** The KPI as written; for a bad KPI the fields that are there (it may lack any of them). */
  kpi: Partial<Kpi>;
  result?: KpiResult;
  errors?: Problem[];
  status: RowStatus;
  /** The `now` the KPI was evaluated at, for "updated N ago". */
  evaluatedAt?: number;
}

export function buildRows(validation: ValidationResult, results: KpiResult[], evaluatedAt?: number): CatalogRow[] {
  const byId = new Map(results.map((r) => [r.kpi.id, r]));
  return validation.catalog.kpis.map((item, index) => {
    const kpi: Partial<Kpi> = isRecord(item) ? item : {};
    const { id, name } = entryLabel(item, index);
    const errors = validation.kpiErrors.get(index) ?? (isRecord(item) ? undefined : notAnObject(index));
    if (errors) {
      return { id, index, name, kpi, errors, status: 'invalid' };
    }
    const result = byId.get(id);
    return { id, index, name, kpi, result, status: result?.evaluation?.status ?? 'loading', evaluatedAt };
  });
}

function notAnObject(index: number): Problem[] {
  return [{ severity: 'error', place: `kpis[${index}]`, message: 'must be an object', kpiIndex: index }];
}

/**
 * Worst first by the status the badge shows (a broken definition is an error among the query errors), then by
 * name; loading last so settled rows do not jump.
 */
export function sortWorstFirst(rows: CatalogRow[]): CatalogRow[] {
  return [...rows].sort((a, b) => shownSeverity(a.status) - shownSeverity(b.status) || a.name.localeCompare(b.name));
}
