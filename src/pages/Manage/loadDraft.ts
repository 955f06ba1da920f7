import { readBudgetKiB } from '../../kpi/catalogBudget';
import { fetchPluginSettings, type AppJsonData } from '../../query/catalogSettings';
import { errorMessage } from '../../query/errorMessage';
import { storedStart } from './storedStart';

import type { CatalogEditorState } from './catalogEditorState';

interface Editor {
  readonly state: CatalogEditorState;
  setState(update: Partial<CatalogEditorState>): void;
}

/** Reads the plugin settings and starts editing from them; a failed read leaves the editor failed, with why. */
export async function loadDraft(editor: Editor & { loadFrom(jsonData: AppJsonData): void }): Promise<void> {
  editor.setState({ phase: 'loading', loadError: undefined });
  try {
    editor.loadFrom((await fetchPluginSettings()).jsonData ?? {});
  } catch (e) {
    editor.setState({ phase: 'failed', loadError: errorMessage(e, 'the request failed') });
  }
}

/** Starts editing from stored settings; the draft is a copy of what is stored. */
export function startFrom(editor: Editor, jsonData: AppJsonData): void {
  const { saved, storedParseError, importText } = storedStart(jsonData);
  editor.setState({
    phase: 'ready',
    saved,
    draft: saved,
    baseVersion: jsonData.catalogVersion ?? 0,
    provisioned: Boolean(jsonData.provisioned),
    storedParseError,
    budgetKiB: readBudgetKiB(jsonData.catalogBudgetKiB).kib,
    lastSave: undefined,
    savedFrom: undefined,
    merged: undefined,
  });
  if (importText !== undefined) {
    editor.state.importTab.setText(importText);
  }
}
