import { problemText } from '../kpi/problemsText';
import { getBackendSrv } from '@grafana/runtime';
import { lastValueFrom } from 'rxjs';
import { KpiCatalog } from '../kpi/types';
import { validateCatalog } from '../kpi/validateCatalog';
import { AppJsonData, SETTINGS_URL, fetchPluginSettings } from '../query/catalogSettings';

export type SaveOutcome =
  | { kind: 'saved'; version: number; jsonData: AppJsonData }
  /** Someone saved since `baseVersion` was read: nothing was written, the caller keeps the user's edits. */
  | { kind: 'conflict'; theirVersion: number; theirJsonData: AppJsonData }
  | { kind: 'invalid'; messages: string[] };

/**
 * Saves the catalog through Grafana's plugin settings API. It first re-reads the settings and compares
 * catalogVersion with the one the editor started from, so two admins saving at once never overwrite each
 * other silently. Other jsonData keys (set by provisioning or later features) are kept as they are.
 */
export async function saveCatalog(catalog: KpiCatalog, baseVersion: number): Promise<SaveOutcome> {
  const validation = validateCatalog(catalog);
  if (validation.hasErrors) {
    // A catalog with errors is never half-applied: the editor shows the problems instead.
    const messages = validation.problems.filter((p) => p.severity === 'error').map(problemText);
    return { kind: 'invalid', messages };
  }
  const fresh = await fetchPluginSettings();
  const theirJsonData = fresh.jsonData ?? {};
  const theirVersion = theirJsonData.catalogVersion ?? 0;
  if (theirVersion !== baseVersion) {
    return { kind: 'conflict', theirVersion, theirJsonData };
  }
  const version = theirVersion + 1;
  const jsonData: AppJsonData = { ...theirJsonData, catalog, catalogVersion: version };
  await lastValueFrom(
    getBackendSrv().fetch({
      url: SETTINGS_URL,
      method: 'POST',
      data: { enabled: fresh.enabled ?? true, pinned: fresh.pinned ?? true, jsonData },
      showErrorAlert: false,
    })
  );
  return { kind: 'saved', version, jsonData };
}
