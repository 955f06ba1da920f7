import { orderScorecard, type ScorecardSort } from '../../kpi/scorecardOrder';
import { type CatalogRow } from '../Catalog/catalogRows';
import { settledStatus } from '../shared/shownStatus';

/**
 * A scorecard's rows in the order its dashboard panel shows the same KPIs (orderScorecard): a definition the
 * catalog marks invalid is an error, there and here, one not yet answered goes last, and catalog
 * order (each row's index) breaks ties.
 */
export function orderScorecardRows(rows: CatalogRow[], sort: ScorecardSort): CatalogRow[] {
  const items = rows.map((row) => ({ row, index: row.index, name: row.name, status: settledStatus(row.status) }));
  return orderScorecard(items, sort).map(({ row }) => row);
}
