import { selectIsReadable } from '../../catalog/scorecardSelect';
import { alternativesOf, selectsEntry } from '../../kpi/selectorAlternatives';
import { KpiCatalog, Scorecard } from '../../kpi/types';
import { KpiPick } from '../shared/KpiCatalogSource';

export function findScorecard(catalog: KpiCatalog | undefined, id: string): Scorecard | undefined {
  return catalog?.scorecards?.find((s) => s && s.id === id);
}

/**
 * The valid KPIs a scorecard shows, before their status is known (its status criterion, if any, applies to the
 * answers): the ones a page queries. An unknown scorecard, or one whose `select` cannot be read, queries none.
 */
export function scorecardKpis(scorecardId: string): KpiPick {
  return (valid, catalog) => {
    const scorecard = findScorecard(catalog, scorecardId);
    if (!scorecard || !selectIsReadable(scorecard)) {
      return [];
    }
    const selector = alternativesOf({ ...scorecard.select, status: undefined });
    return valid.filter((kpi) => selectsEntry(kpi, selector));
  };
}
