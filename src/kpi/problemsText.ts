import { placeText } from './places';
import { type Problem } from './types';

/** A problem as a person reads it: `kpis[2] (mttr).owner: required`. */
export function problemText(p: Problem): string {
  return `${placeText(p.at)}: ${p.message}`;
}

/** A bad KPI's errors on one line, each with its place: how the panel, the pages and `kpi evaluate` say them. */
export function problemsText(problems: Problem[]): string {
  return problems.map(problemText).join('; ');
}
