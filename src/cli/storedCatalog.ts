import { createHash } from 'node:crypto';

import { CatalogParseError } from '../kpi/catalogParseError';
import { parseYamlOrJson } from '../kpi/parseCatalogText';
import { stableStringify } from '../kpi/stableStringify';
import { UsageError } from './cliIo';
import { type GrafanaConnection } from './grafanaHttp';
import { settingsRequest, type StoredSettings } from './grafanaSettingsHttp';

export interface StoredCatalog {
  settings: StoredSettings;
  jsonData: Record<string, unknown>;
  /** The catalog document, or undefined when none is stored. */
  catalog: unknown;
  version: number;
  /** sha256 of the stored catalog's data (keys sorted): what `push` compares with what was pulled. */
  hash: string;
}

export function catalogHash(catalog: unknown): string {
  return createHash('sha256')
    .update(stableStringify(catalog ?? null))
    .digest('hex');
}

/** The catalog stored in that Grafana's app settings (an object, or YAML/JSON text as provisioning may hold it). */
export async function readStoredCatalog(connection: GrafanaConnection): Promise<StoredCatalog> {
  const settings = await settingsRequest(connection);
  const jsonData = settings.jsonData ?? {};
  let catalog: unknown = jsonData.catalog === '' || jsonData.catalog === null ? undefined : jsonData.catalog;
  if (typeof catalog === 'string') {
    try {
      catalog = parseYamlOrJson(catalog);
    } catch (e) {
      if (e instanceof CatalogParseError) {
        throw new UsageError(`${connection.url}: jsonData.catalog: ${e.message}`);
      }
      throw e;
    }
  }
  const version = typeof jsonData.catalogVersion === 'number' ? jsonData.catalogVersion : 0;
  return { settings, jsonData, catalog, version, hash: catalogHash(catalog) };
}

/**
 * The catalog `check` judges: FILE with `--catalog`, else the one stored in that Grafana, named `URL (stored)` in
 * its problem lines. An empty store is an error to act on, not a gate that passes.
 */
export async function catalogToCheck(
  file: string | undefined,
  connection: GrafanaConnection,
  readFile: (file: string) => { catalog: unknown; prefix: string }
): Promise<{ label: string; catalog: unknown; prefix: string }> {
  if (file !== undefined) {
    return { label: file, ...readFile(file) };
  }
  const stored = await readStoredCatalog(connection);
  if (stored.catalog === undefined) {
    throw new UsageError(`${connection.url} has no catalog stored: pass --catalog FILE`);
  }
  return { label: `${connection.url} (stored catalog)`, catalog: stored.catalog, prefix: '' };
}
