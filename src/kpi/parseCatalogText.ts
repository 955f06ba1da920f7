import { Document, parseDocument } from 'yaml';
import { CatalogParseError } from './catalogParseError';

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
