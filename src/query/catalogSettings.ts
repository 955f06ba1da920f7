import { getBackendSrv } from '@grafana/runtime';
import { lastValueFrom } from 'rxjs';

import { emptyCatalog } from '../kpi/emptyCatalog';
import { parseYamlOrJson } from '../kpi/parseCatalogText';
import { PLUGIN_ID } from '../kpi/pluginId';
import { type KpiCatalog } from '../kpi/types';
import { validateCatalog, type ValidationResult } from '../kpi/validateCatalog';

export const SETTINGS_URL = `/api/plugins/${PLUGIN_ID}/settings`;

/** The app's jsonData, as saved through Grafana's plugin settings API or provisioned. */
export interface AppJsonData {
  /** The catalog document (an object, or YAML/JSON text in a provisioning file). */
  catalog?: KpiCatalog | string;
  /** Goes up by one on every save from the app: a save checks it first so concurrent edits are never lost. */
  catalogVersion?: number;
  /** Set in provisioning files: edits in the app are replaced on the next provisioning. */
  provisioned?: boolean;
  /** The size budget in KiB (default 64, MySQL's limit): raise it on a Grafana on PostgreSQL or SQLite. */
  catalogBudgetKiB?: number;
  /** The last saves' marks (version and a random id): a save missing here was overwritten by a concurrent one. */
  catalogSaves?: Array<{ version: number; id: string }>;
}

export interface PluginSettings {
  enabled?: boolean;
  pinned?: boolean;
  jsonData?: AppJsonData;
}

export interface LoadedCatalog {
  jsonData: AppJsonData;
  validation: ValidationResult;
  /** Null when the app has no catalog configured yet. */
  configured: boolean;
  /** Set when the stored catalog text cannot even be parsed. */
  parseError?: string;
}

export async function fetchPluginSettings(): Promise<PluginSettings> {
  return lastValueFrom(
    getBackendSrv().fetch<PluginSettings>({ url: SETTINGS_URL, method: 'GET', showErrorAlert: false })
  ).then((r) => r.data);
}

let lastRead: { settings: string; loaded: LoadedCatalog } | undefined;
let reading: { at: number; backend: unknown; catalog: Promise<LoadedCatalog> } | undefined;
/** How long a read on its way is joined: the panels of a dashboard ask together; a hung read blocks no refresh. */
const JOIN_MS = 1000;

/**
 * The catalog in the app's settings, validated. The scorecard panels of a dashboard mount and refresh together:
 * a read started in the last second and still on its way is joined, so a dashboard sends one settings request,
 * not one per panel. The same settings give the same object: the panels (and each refresh) share one validation,
 * and "unchanged" is an identity check downstream. A save reads the settings itself (fetchPluginSettings).
 */
export function fetchCatalog(): Promise<LoadedCatalog> {
  const now = Date.now();
  // Grafana has one backend service per page; a test that installs another one gets its own read.
  const backend = getBackendSrv();
  if (!reading || reading.backend !== backend || now - reading.at >= JOIN_MS) {
    const read = { at: now, backend, catalog: readCatalog() };
    const done = () => reading === read && (reading = undefined);
    read.catalog.then(done, done);
    reading = read;
  }
  return reading.catalog;
}

async function readCatalog(): Promise<LoadedCatalog> {
  const jsonData = (await fetchPluginSettings()).jsonData ?? {};
  const settings = JSON.stringify(jsonData);
  if (lastRead?.settings !== settings) {
    lastRead = { settings, loaded: readCatalogSettings(jsonData) };
  }
  return lastRead.loaded;
}

/** Reads and validates the catalog in jsonData; a bad catalog is reported, never thrown. */
export function readCatalogSettings(jsonData: AppJsonData): LoadedCatalog {
  const raw = jsonData.catalog;
  if (raw === undefined || raw === null || raw === '') {
    return {
      jsonData,
      configured: false,
      validation: validateCatalog(emptyCatalog()),
    };
  }
  let document: unknown = raw;
  if (typeof raw === 'string') {
    try {
      document = parseYamlOrJson(raw);
    } catch (e) {
      return { jsonData, configured: true, parseError: (e as Error).message, validation: validateCatalog(undefined) };
    }
  }
  return { jsonData, configured: true, validation: validateCatalog(document) };
}
