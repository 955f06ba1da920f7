import { isScalar, Scalar, type Document } from 'yaml';

import { CatalogParseError, positionAt } from './catalogParseError';
import { parseYamlOrJson } from './parseCatalogText';

/** A provisioning file as written and as parsed, to find where a value of it is in the file. */
export interface YamlSource {
  text: string;
  document: Document;
}

/**
 * Parses the catalog a provisioning file holds as text (`jsonData.catalog: |`), at `path` in the file. `expanded`
 * is the text as Grafana reads it (`$$` as `$`). A parse error names its line and column in the file; where the
 * text is not a literal block (whose lines are the file's, indented), it names them in the text, after `place`.
 */
export function parseProvisionedCatalog(
  raw: string,
  expanded: string,
  path: Array<string | number>,
  place: string,
  source?: YamlSource
): unknown {
  try {
    return parseYamlOrJson(expanded);
  } catch (e) {
    if (!(e instanceof CatalogParseError)) {
      throw e;
    }
    // Where the error is in the text as the file holds it: a `$$` there is one character more.
    const error = parseErrorOf(raw) ?? e;
    throw inFile(error, raw, source?.text, source?.document.getIn(path, true)) ?? inText(error, place);
  }
}

function parseErrorOf(text: string): CatalogParseError | undefined {
  try {
    parseYamlOrJson(text);
    return undefined;
  } catch (e) {
    return e instanceof CatalogParseError ? e : undefined;
  }
}

/** The error at its place in the file, when the text is a literal block: line L of the text is line L after `|`. */
function inFile(error: CatalogParseError, text: string, file?: string, node?: unknown): CatalogParseError | undefined {
  if (file === undefined || !isScalar(node) || node.type !== Scalar.BLOCK_LITERAL || !node.range) {
    return undefined;
  }
  if (error.line === undefined || error.column === undefined) {
    return undefined;
  }
  const header = positionAt(file, node.range[0]).line;
  const lines = text.split('\n');
  const fileLines = file.split(/\r?\n/);
  // The block's indentation: what the file's line has before the text's line, on its first line with text.
  const first = lines.findIndex((line) => line !== '');
  const written = fileLines[header + first];
  if (first < 0 || written === undefined || !written.endsWith(lines[first])) {
    return undefined;
  }
  const indent = (lines[error.line - 1] ?? '') === '' ? 0 : written.length - lines[first].length;
  return new CatalogParseError(error.reason, header + error.line, error.column + indent);
}

function inText(error: CatalogParseError, place: string): CatalogParseError {
  return new CatalogParseError(`${place}: ${error.message}`);
}
