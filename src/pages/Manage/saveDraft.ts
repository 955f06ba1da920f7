import { mergeEdits } from '../../catalog/mergeEdits';
import { confirmSaved, saveCatalog, type SaveOutcome } from '../../catalog/saveCatalog';
import { type AppJsonData } from '../../query/catalogSettings';
import { errorMessage } from '../../query/errorMessage';

import type { CatalogEditorState } from './catalogEditorState';

interface Editor {
  readonly state: CatalogEditorState;
  setState(update: Partial<CatalogEditorState>): void;
  /** Starts again from stored settings (as after a load). */
  loadFrom(jsonData: AppJsonData): void;
}

/**
 * Writes the editor's draft through the plugin settings API (saveCatalog checks nobody saved since). A save that
 * stands comes with `recheck`, to run a little later: a concurrent write can land after the first read-back.
 */
export async function saveDraft(editor: Editor): Promise<{ outcome?: SaveOutcome; recheck?: () => Promise<void> }> {
  editor.setState({ saving: true, saveError: undefined });
  const before = { saved: editor.state.saved, baseVersion: editor.state.baseVersion };
  try {
    const outcome = await saveCatalog(editor.state.draft, editor.state.baseVersion);
    if (outcome.kind !== 'saved') {
      // A conflict, a lost write or an invalid catalog: the draft is exactly as the admin left it, and a lost
      // write leaves the base where it was, so the draft still shows as unsaved changes.
      editor.setState({ lastSave: outcome, saving: false });
      return { outcome };
    }
    editor.setState({
      saved: editor.state.draft,
      baseVersion: outcome.version,
      lastSave: outcome,
      savedFrom: before.saved,
      saving: false,
      merged: undefined,
    });
    return { outcome, recheck: () => confirm(editor, outcome, before) };
  } catch (e) {
    editor.setState({ saving: false, saveError: errorMessage(e, 'the request failed') });
    return {};
  }
}

/** A save that a concurrent write replaced after its read-back: back to unsaved, the draft kept, and said so. */
async function confirm(
  editor: Editor,
  outcome: Extract<SaveOutcome, { kind: 'saved' }>,
  before: Pick<CatalogEditorState, 'saved' | 'baseVersion'>
) {
  const lost = await confirmSaved(outcome.mark).catch(() => undefined);
  if (lost && editor.state.lastSave === outcome) {
    editor.setState({ ...before, lastSave: lost });
  }
}

/**
 * After a conflict or a lost write: their catalog becomes the base, and the draft becomes my edits merged onto
 * it by id (mergeEdits), so their changes stay and mine are applied; both are listed before I save again.
 */
export function rebaseDraft(editor: Editor) {
  const outcome = editor.state.lastSave;
  if (outcome?.kind !== 'conflict' && outcome?.kind !== 'lost') {
    return;
  }
  const { saved: base, draft: mine } = editor.state;
  editor.loadFrom(outcome.theirJsonData);
  const { catalog, report } = mergeEdits(base, mine, editor.state.saved);
  editor.setState({ draft: catalog, merged: { theirVersion: outcome.theirVersion, report } });
}
