import { parse } from 'jsonc-parser';

/**
 * The offset of the first thing that makes the text not JSON (RFC 8259), or undefined when it is JSON: V8's
 * JSON.parse names no position for some errors ("Unexpected token ']', "[1,]" is not valid JSON"). The scanner
 * is VS Code's (jsonc-parser), with its JSONC extensions (comments, trailing commas) turned off.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const errors: Array<{ offset: number }> = [];
  parse(text, errors as never, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors.length > 0 ? Math.min(...errors.map((e) => e.offset)) : undefined;
}
