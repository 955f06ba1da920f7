/**
 * A text field as written, or undefined where it holds something else: an entry the catalog marks invalid may
 * have an object, a list or a number there, which a view must not render (React throws on an object).
 */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
