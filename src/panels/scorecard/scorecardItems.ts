import { type ShownKpi } from '../../kpi/catalogEntries';
import { type KpiSeries } from '../../kpi/kpiSeries';
import { type Orderable } from '../../kpi/scorecardOrder';
import { type Kpi, type KpiEvaluation } from '../../kpi/types';

/** One KPI as the panel shows it: its definition, where it is in the catalog, and how far its evaluation got. */
interface ItemBase extends Orderable {
  /** A link by its id opens its page: false for an entry without an id, or one that repeats an earlier id. */
  reachable: boolean;
  loading: boolean;
  evaluation?: KpiEvaluation;
  /** The trend the sparkline draws (the KPI table's trend frame); null without one. */
  trend: KpiSeries | null;
}

/**
 * A valid KPI, or one the catalog marks invalid (`invalid`): shown with what it has of its fields, as written,
 * without the spec's defaults.
 */
export type ScorecardItem = ItemBase & ({ invalid: false; kpi: Kpi } | { invalid: true; kpi: ShownKpi });

/** The series the sparkline draws: the current window's answer as the trend reads it, for a valid KPI. */
export function sparklineSeries(item: ScorecardItem): KpiSeries | null {
  return item.invalid ? null : item.trend;
}
