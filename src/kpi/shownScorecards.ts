import { type BrokenEntry, type ValidationResult } from './catalogEntries';
import { isRecord } from './places';
import { type KpiSelector, type Layout, type Problem, type Scorecard } from './types';

/** A scorecard as the pages and the KPI datasource read it, valid or broken: a broken one with its errors and what can be read of it. */
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
