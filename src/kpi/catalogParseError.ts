/** A file that is not YAML or JSON at all; the message starts with the line and column where they are known. */
export class CatalogParseError extends Error {
  constructor(
    /** What is wrong, without the line and column. */
    readonly reason: string,
    readonly line?: number,
    readonly column?: number
  ) {
    super(line !== undefined && column !== undefined ? `line ${line}, column ${column}: ${reason}` : reason);
    this.name = 'CatalogParseError';
  }
}

/** The line and column (from 1) of a character offset in a text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
