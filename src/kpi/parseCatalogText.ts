import { Document, parseDocument } from 'yaml';
import { CatalogParseError, positionAt } from './catalogParseError';
import { jsonErrorOffset } from './jsonErrorOffset';

/** Parses YAML (JSON is YAML) as a document. Duplicate keys are errors, as in JSON Schema tools. */
export function parseYamlDocument(text: string): Document {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    const reason = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new CatalogParseError(reason, pos?.line, pos?.col);
  }
  return doc;
}

/** The plain data of a parsed YAML document. */
export function yamlData(doc: Document): unknown {
  return doc.toJS({ maxAliasCount: 100 });
}

/** Parses YAML or JSON (JSON is YAML) into plain data. */
export function parseYamlOrJson(text: string): unknown {
  return yamlData(parseYamlDocument(text));
}

/**
 * Parses JSON as other JSON tools read it: trailing commas or single quotes, say, which YAML takes, are a
 * CatalogParseError with the line and column.
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const offset = jsonErrorOffset(text);
    const at = offset === undefined ? undefined : positionAt(text, offset);
    throw new CatalogParseError(jsonReason((e as Error).message), at?.line, at?.column);
  }
}

/** V8's message without its own position and excerpt, which the line and column replace. */
function jsonReason(message: string): string {
  const reason = message
    .replace(/ at position \d+.*$/s, '')
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '');
  return reason.includes('JSON') ? reason : `${reason} in JSON`;
}
