import { stringify } from 'yaml';

import { CatalogParseError } from './catalogParseError';
import { parseJson, parseYamlDocument, yamlData } from './parseCatalogText';
import { isRecord, placeText, type Place } from './places';
import { PLUGIN_ID } from './pluginId';
import { parseProvisionedCatalog, type YamlSource } from './provisionedCatalogText';
import { readProvisioningEscapes } from './provisioningEscapes';
import { type KpiCatalog, type Problem } from './types';

export interface LocatedCatalog {
  catalog: unknown;
  /** Where the catalog sits in the file: '' for a catalog file, `apps[0].jsonData.catalog.` in a provisioning file. */
  prefix: string;
  /** Findings about the file itself (such as `$NAME` that Grafana would take from the environment). */
  warnings: Problem[];
  /** `jsonData.catalogBudgetKiB` of a provisioning file, as written. */
  budgetKiB?: unknown;
}

/** A place in the catalog as a place in the file: the whole catalog of a provisioning file is its jsonData.catalog. */
export function placeInFile(prefix: string, at: Place): string {
  const place = placeText(at);
  return place === '(document)' && prefix ? prefix.slice(0, -1) : prefix + place;
}

/**
 * Finds the catalog in a parsed file: the document itself, or the `jsonData.catalog` of this app in a
 * Grafana app provisioning file (as an object, or as YAML/JSON text). `source` is the file as YAML, so that
 * an error in a catalog written as text names its line and column in the file.
 */
function locateCatalog(doc: unknown, source?: YamlSource): LocatedCatalog {
  if (!isRecord(doc) || !Array.isArray(doc.apps)) {
    return { catalog: doc, prefix: '', warnings: [] };
  }
  const index = doc.apps.findIndex((app) => isRecord(app) && app.type === PLUGIN_ID);
  if (index < 0) {
    throw new CatalogParseError(`provisioning file has no app of type ${PLUGIN_ID}`);
  }
  const app = doc.apps[index] as Record<string, unknown>;
  const catalog = isRecord(app.jsonData) ? app.jsonData.catalog : undefined;
  const prefix = `apps[${index}].jsonData.catalog.`;
  if (catalog === undefined) {
    throw new CatalogParseError(`apps[${index}].jsonData.catalog: required (the app has no catalog)`);
  }
  // Grafana expands the environment in the provisioning file's values before the app reads its catalog.
  const expanded = readProvisioningEscapes(catalog);
  const document =
    typeof catalog === 'string'
      ? parseProvisionedCatalog(
          catalog,
          expanded.value as string,
          ['apps', index, 'jsonData', 'catalog'],
          prefix.slice(0, -1),
          source
        )
      : expanded.value;
  const budgetKiB = isRecord(app.jsonData) ? app.jsonData.catalogBudgetKiB : undefined;
  return { catalog: document, prefix, warnings: expanded.warnings, budgetKiB };
}

/**
 * Parses a catalog or provisioning file's text as YAML, of which JSON is a part; a file named *.json must be
 * JSON as other JSON tools read it. Throws CatalogParseError when it cannot be read.
 */
export function readCatalogText(text: string, fileName?: string): LocatedCatalog {
  if (fileName !== undefined && /\.json$/i.test(fileName)) {
    parseJson(text);
  }
  // Read as YAML in any case: the same data as JSON.parse, and a repeated key is an error, not the last one wins.
  const document = parseYamlDocument(text);
  return locateCatalog(yamlData(document), { text, document });
}

/** Writes the catalog as YAML, keys in the order they are in, so a diff in git shows only what changed. */
export function catalogToYaml(catalog: KpiCatalog): string {
  return stringify(catalog, { lineWidth: 0, aliasDuplicateObjects: false });
}
