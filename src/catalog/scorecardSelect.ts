import { isRecord } from '../kpi/places';
import { type KpiSelector, type Scorecard } from '../kpi/types';

/**
 * A scorecard's `select` as the editor can read it. A catalog written as YAML may leave it out or give it (or
 * its `ids`) another shape; validation names that at its place, and the editor shows and edits the rest instead
 * of failing: no select reads as no criteria, `ids` that are not a list as none.
 */
export function scorecardSelect(scorecard: Scorecard): KpiSelector {
  const select: unknown = scorecard.select;
  if (!isRecord(select)) {
    return {};
  }
  const { ids, ...criteria } = select as KpiSelector;
  return Array.isArray(ids) ? { ...criteria, ids } : criteria;
}

/**
 * Whether scorecardSelect reads all that was written. A `select` that is not an object (`select: team=x`) or
 * `ids` that are not a list cannot be shown, so the editor names the problem instead of "All KPIs" and warns
 * before its form replaces it. A missing select is no criteria, as the scorecard pages read it.
 */
export function selectIsReadable(scorecard: Scorecard): boolean {
  const select: unknown = scorecard.select;
  return select === undefined || (isRecord(select) && (select.ids === undefined || Array.isArray(select.ids)));
}
