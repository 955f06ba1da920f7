/** Conversions between form inputs and catalog values: empty input means "not set", never 0 or ''. */

export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A number input's value; text that is not a number stays NaN so validation can say so inline. */
export function optionalNumber(value: string): number | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

/**
 * A text input's value: the field as written where it is text. An invalid catalog may hold an object or a list
 * there, which an input would show as "[object Object]" or "a,b"; the input stays empty and the field's error
 * names what is written.
 */
export function inputText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function numberText(value: number | undefined): string {
  // NaN stays visible as such, next to the inline error, rather than silently emptying the input.
  return value === undefined ? '' : String(value);
}

/** Drops keys whose value is undefined, so an unset field is absent from the saved YAML. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
