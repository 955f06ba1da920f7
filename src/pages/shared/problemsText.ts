import { Problem } from '../../kpi/types';

/** A bad KPI's errors on one line, each with its place, as the scorecard panel shows them. */
export function problemsText(problems: Problem[]): string {
  return problems.map((p) => `${p.place}: ${p.message}`).join('; ');
}
