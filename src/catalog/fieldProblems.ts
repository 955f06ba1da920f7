import { ValidationResult } from '../kpi/validateCatalog';

/**
 * One item's problems by its top-level field, for inline messages in a form: `kpis[2] (mttr).target.value:
 * required` becomes `{ target: ['target.value: required'] }`. Problems on the item itself go under `''`.
 */
export function fieldProblems(
  validation: ValidationResult,
  list: 'kpis' | 'objectives' | 'scorecards',
  index: number
): Record<string, string[]> {
  const prefix = new RegExp(`^${list}\\[${index}\\](?: \\([^)]*\\))?\\.?`);
  const byField: Record<string, string[]> = {};
  for (const problem of validation.problems) {
    if (problem.severity !== 'error' || !prefix.test(problem.place)) {
      continue;
    }
    const rest = problem.place.replace(prefix, '');
    const field = rest.split(/[.[]/)[0];
    (byField[field] ??= []).push(rest && rest !== field ? `${rest}: ${problem.message}` : problem.message);
  }
  return byField;
}
