import { Composer, Parser, type Document } from 'yaml';

import { CatalogParseError, positionAt } from './catalogParseError';
import { jsonErrorOffset } from './jsonErrorOffset';
import { checkNesting, checkRepeatedKeys, toPlainData } from './yamlLimits';

/**
 * Parses YAML (JSON is YAML) as a document. Duplicate keys are errors, as in JSON Schema tools; so are nesting
 * deeper than a catalog needs and alias bombs (yamlLimits), so that hostile text gets a reason, not a crash.
 */
export function parseYamlDocument(text: string): Document {
  // parseDocument's own steps, with the nesting checked between them: the composer recurses, the parser does not.
  const tokens = Array.from(new Parser().parse(text));
  checkNesting(tokens, text);
  const docs = Array.from(new Composer({ uniqueKeys: false }).compose(tokens, true, text.length));
  const doc = docs[0];
  const first = doc.errors[0];
  if (first) {
    const at = positionAt(text, first.pos[0]);
    throw new CatalogParseError(first.message.split('\n')[0], at.line, at.column);
  }
  if (docs.length > 1) {
    const at = positionAt(text, docs[1].range[0]);
    throw new CatalogParseError('Source contains multiple documents; a catalog is one', at.line, at.column);
  }
  checkRepeatedKeys(doc, text);
  return doc;
}

/** The plain data of a parsed YAML document. */
export function yamlData(doc: Document): unknown {
  return toPlainData(doc);
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
