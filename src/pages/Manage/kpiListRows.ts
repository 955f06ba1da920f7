import { ownId } from '../../catalog/catalogEdits';
import { isInEntry, isRecord, joinPath } from '../../kpi/places';
import { type Kpi, type KpiCatalog } from '../../kpi/types';
import { type ValidationResult } from '../../kpi/validateCatalog';

/** One row of the KPI list: a catalog entry, with what validation says of it. */
export interface KpiListRow {
  /** `kpis[3]`: unique, unlike ids, which may be missing or repeated in a catalog written as YAML. */
  place: string;
  /** Where the KPI is in the list, which is what Delete removes. */
  index: number;
  /** None for an entry that is not an object (`kpis: [~]`): it gets a row that says where to fix it. */
  kpi?: Kpi;
  /** The id the form opens the KPI by; none when the id is missing or repeated (the YAML tab fixes it). */
  editId?: string;
  /** This KPI's errors and lint warnings, each as `field: message` (the message alone for the KPI itself). */
  errors: string[];
  warnings: string[];
}

/** The draft's KPIs as list rows, each with its own problems. */
export function kpiListRows(draft: KpiCatalog, validation: ValidationResult): KpiListRow[] {
  const lines = (i: number, severity: 'error' | 'warning') =>
    validation.problems
      .filter((p) => isInEntry(p.at, 'kpis', i) && p.severity === severity)
      .map((p) => {
        const field = joinPath('', p.at.path);
        return field ? `${field}: ${p.message}` : p.message;
      });
  return draft.kpis.map((kpi, i): KpiListRow => ({
    place: `kpis[${i}]`,
    index: i,
    kpi: isRecord(kpi) ? kpi : undefined,
    editId: ownId(draft.kpis, i),
    errors: lines(i, 'error'),
    warnings: lines(i, 'warning'),
  }));
}
