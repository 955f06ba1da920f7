import { getBackendSrv } from '@grafana/runtime';
import { lastValueFrom } from 'rxjs';

import { budgetProblem, catalogSize, readBudgetKiB } from '../kpi/catalogBudget';
import { problemText } from '../kpi/problemsText';
import { type KpiCatalog } from '../kpi/types';
import { validateCatalog } from '../kpi/validateCatalog';
import { fetchPluginSettings, SETTINGS_URL, type AppJsonData } from '../query/catalogSettings';
import { newSaveId, survived, withSave, type SaveMark } from './saveLineage';

export type SaveOutcome =
  | { kind: 'saved'; version: number; jsonData: AppJsonData; mark: SaveMark }
  /** Someone saved since `baseVersion` was read: nothing was written, the caller keeps the user's edits. */
  | { kind: 'conflict'; theirVersion: number; theirJsonData: AppJsonData }
  /** Written, but another admin's save at the same moment replaced it: the caller keeps the user's edits. */
  | { kind: 'lost'; theirVersion: number; theirJsonData: AppJsonData }
  | { kind: 'invalid'; messages: string[] };

/**
 * Saves the catalog through Grafana's plugin settings API. It first re-reads the settings and compares
 * catalogVersion with the one the editor started from, so a save never overwrites one it did not see. Grafana
 * has no compare-and-swap between that read and the write: two saves at the same moment both pass it, and the
 * later write wins. So every save leaves a mark in jsonData.catalogSaves and reads back after writing: a save
 * whose mark is not in what is stored was lost, and says so (see also confirmSaved). Other jsonData keys (set
 * by provisioning or later features) are kept as they are.
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
  const mark = { version, id: newSaveId() };
  const jsonData: AppJsonData = {
    ...theirJsonData,
    catalog,
    catalogVersion: version,
    catalogSaves: withSave(theirJsonData.catalogSaves, mark),
  };
  const tooBig = budgetProblem(catalogSize(jsonData, readBudgetKiB(theirJsonData.catalogBudgetKiB).kib));
  if (tooBig?.severity === 'error') {
    return { kind: 'invalid', messages: [tooBig.message] };
  }
  await lastValueFrom(
    getBackendSrv().fetch({
      url: SETTINGS_URL,
      method: 'POST',
      data: { enabled: fresh.enabled ?? true, pinned: fresh.pinned ?? true, jsonData },
      showErrorAlert: false,
    })
  );
  const lost = await confirmSaved(mark);
  return lost ?? { kind: 'saved', version, jsonData, mark };
}

/**
 * Reads the settings and tells whether this save still stands (or others built on it): undefined if so, else
 * the outcome that names whose save replaced it. The editor asks again shortly after a save, since a concurrent
 * write may land after the read-back.
 */
export async function confirmSaved(mark: SaveMark): Promise<Extract<SaveOutcome, { kind: 'lost' }> | undefined> {
  const stored = (await fetchPluginSettings()).jsonData ?? {};
  if (survived(stored.catalogSaves, mark)) {
    return undefined;
  }
  return { kind: 'lost', theirVersion: stored.catalogVersion ?? 0, theirJsonData: stored };
}
