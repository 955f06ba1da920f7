import { entryErrors } from '../kpi/entryErrors';
import { joinPath, type CatalogList } from '../kpi/places';
import { type ValidationResult } from '../kpi/validateCatalog';

/**
 * One item's problems by its top-level field, for inline messages in a form: `kpis[2] (mttr).target.value:
 * required` becomes `{ target: ['target.value: required'] }`. Problems on the item itself go under `''`.
 */
export function fieldProblems(
  validation: ValidationResult,
  list: CatalogList,
  index: number
): Record<string, string[]> {
  const byField: Record<string, string[]> = {};
  for (const { rest, field, message } of itemErrors(validation, list, index)) {
    (byField[field] ??= []).push(rest && rest !== field ? `${rest}: ${message}` : message);
  }
  return byField;
}

/**
 * One field's errors as a list shows them, away from the form's field: each with its place in the item,
 * `select: must be an object, got "team=x"` or `select.ids: must be an array, got "a"`.
 */
export function fieldProblemLines(
  validation: ValidationResult,
  list: CatalogList,
  index: number,
  field: string
): string[] {
  return itemErrors(validation, list, index)
    .filter((problem) => problem.field === field)
    .map(({ rest, message }) => `${rest}: ${message}`);
}

/** One item's errors, each with its place inside the item (`target.value`) and the top-level field of that. */
function itemErrors(validation: ValidationResult, list: CatalogList, index: number) {
  return entryErrors(validation.problems, list, index).map(({ at, message }) => ({
    rest: joinPath('', at.path),
    field: at.path.length > 0 ? String(at.path[0]) : '',
    message,
  }));
}
