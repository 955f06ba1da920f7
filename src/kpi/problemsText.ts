import { Problem } from './types';

/** A bad KPI's errors on one line, each with its place: how the panel, the pages and `kpi evaluate` say them. */
export function problemsText(problems: Problem[]): string {
  return problems.map((p) => `${p.place}: ${p.message}`).join('; ');
}
