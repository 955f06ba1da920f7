import { type BrokenEntry, type ValidationResult } from '../../kpi/catalogEntries';
import { isRecord } from '../../kpi/places';
import { alternativesOf, matchesAlternatives } from '../../kpi/selectorAlternatives';
import { type KpiSelector, type Layout, type Problem, type Scorecard } from '../../kpi/types';
import { type KpiPick } from '../shared/KpiCatalogSource';

/** A scorecard as the pages show it, valid or broken: a broken one with its errors and what can be read of it. */
export interface ShownScorecard {
  index: number;
  id: string;
  title: string;
  layout?: Layout;
  /** Undefined when its `select` cannot be read (`select: team=x`, ids that hold a number). */
  select?: KpiSelector;
  errors: Problem[];
}

export function shownScorecards(validation: ValidationResult): ShownScorecard[] {
  return validation.scorecards.map((entry) => {
    if (entry.ok) {
      const { id, title, layout, select } = entry.value;
      return { index: entry.index, id, title, layout, select, errors: [] };
    }
    const { index, id, name, fields, problems } = entry;
    return { index, id, title: name, layout: fields.layout, select: readableSelect(entry), errors: problems };
  });
}

/** A missing select is no criteria, as the pages read it; one written in another shape cannot be read. */
function readableSelect(entry: BrokenEntry<Scorecard>): KpiSelector | undefined {
  return entry.fields.select ?? (isRecord(entry.raw) && entry.raw.select === undefined ? {} : undefined);
}

export function findScorecard(validation: ValidationResult | undefined, id: string): ShownScorecard | undefined {
  return validation ? shownScorecards(validation).find((s) => s.id === id) : undefined;
}

/**
 * The valid KPIs a scorecard shows, before their status is known (its status criterion, if any, applies to the
 * answers): the ones a page queries. An unknown scorecard, or one whose `select` cannot be read, queries none.
 */
export function scorecardKpis(scorecardId: string): KpiPick {
  return (valid, validation) => {
    const select = findScorecard(validation, scorecardId)?.select;
    if (!select) {
      return [];
    }
    const selector = alternativesOf({ ...select, status: undefined });
    return valid.filter((kpi) => matchesAlternatives(kpi, selector));
  };
}
