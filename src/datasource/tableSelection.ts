import { type InterpolateFunction } from '@grafana/data';

import { fieldProblemLines } from '../catalog/fieldProblems';
import { alternativesOf, type AlternativesSelector } from '../kpi/selectorAlternatives';
import { findScorecard } from '../kpi/shownScorecards';
import { type LoadedCatalog } from '../query/catalogSettings';
import { interpolateSelector } from '../query/interpolateSelector';
import { type KpiDsQuery } from './kpiQuery';
import { type EmptyTable } from './kpiTableMeta';

/** What a KPI table query selects: a selector (and whether it goes by ids), or why it selects nothing. */
export type TableSelection = { selector: AlternativesSelector; byIds: boolean } | { empty: EmptyTable };

/**
 * The query's selection: its own selector fields or ids, or a catalog scorecard's `select` by the scorecard's
 * id, read afresh from the catalog at each run, so a panel follows the scorecard's edits as the app's page does.
 */
export function tableSelection(query: KpiDsQuery, catalog: LoadedCatalog, replace: InterpolateFunction): TableSelection {
  if (query.selectBy !== 'scorecard') {
    return { selector: interpolateSelector(query, replace), byIds: query.selectBy === 'ids' };
  }
  const id = replace(query.scorecard ?? '').trim();
  if (id === '') {
    return { empty: { kind: 'nothing-chosen' } };
  }
  const scorecard = findScorecard(catalog.validation, id);
  if (!scorecard) {
    return { empty: { kind: 'unknown-scorecard', id } };
  }
  if (!scorecard.select) {
    const problems = fieldProblemLines(catalog.validation, 'scorecards', scorecard.index, 'select');
    return { empty: { kind: 'unreadable-scorecard', id, problems } };
  }
  // Ids in a scorecard are one criterion among the others (`ids: []` is none), as the catalog's selectors read.
  return { selector: alternativesOf(scorecard.select), byIds: false };
}
