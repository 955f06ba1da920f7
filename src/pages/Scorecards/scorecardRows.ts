import { type ScorecardSort } from '../../kpi/scorecardOrder';
import { alternativesOf, matchesAlternatives } from '../../kpi/selectorAlternatives';
import { type ShownScorecard } from '../../kpi/shownScorecards';
import { type ValidationResult } from '../../kpi/validateCatalog';
import { type KpiResult } from '../../query/evaluateResults';
import { buildRows, type CatalogRow } from '../Catalog/catalogRows';
import { settledStatus } from '../shared/shownStatus';
import { orderScorecardRows } from './orderScorecardRows';

/**
 * A scorecard reads the same here as in a dashboard panel. The catalog's scorecards have no sort of their own
 * (id, title, select, layout: docs/catalog.md), so the page orders as a panel does by default.
 */
const SCORECARD_SORT: ScorecardSort = 'worst-first';

/**
 * The rows a scorecard shows, worst first, by the panel's selection rule (selectsEntry): a bad KPI it selects is
 * shown as an error, so a broken definition is seen rather than missing; good ones with their status. One
 * whose `select` cannot be read shows none. The scorecard's page and the list's status counts both read these.
 */
export function scorecardRows(
  validation: ValidationResult,
  results: KpiResult[],
  scorecard: Pick<ShownScorecard, 'select'>,
  evaluatedAt?: number
): CatalogRow[] {
  if (!scorecard.select) {
    return [];
  }
  const selector = alternativesOf(scorecard.select);
  return orderScorecardRows(
    buildRows(validation, results, evaluatedAt).filter((row) =>
      matchesAlternatives(row.kpi, selector, settledStatus(row.status))
    ),
    SCORECARD_SORT
  );
}
