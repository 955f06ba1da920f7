import { SceneObjectBase, SceneObjectUrlSyncConfig, type SceneObjectUrlValues } from '@grafana/scenes';

import { currentAuthor } from '../../catalog/currentAuthor';
import { downloadCatalogYaml } from '../../catalog/downloadCatalog';
import { applyImport } from '../../catalog/importDiff';
import { importedCatalog, type ImportMode } from '../../catalog/importMerge';
import { type SaveOutcome } from '../../catalog/saveCatalog';
import { readBudgetKiB } from '../../kpi/catalogBudget';
import { emptyCatalog } from '../../kpi/emptyCatalog';
import { stableStringify } from '../../kpi/stableStringify';
import { type KpiCatalog } from '../../kpi/types';
import { validateCatalog } from '../../kpi/validateCatalog';
import { type AppJsonData } from '../../query/catalogSettings';
import { EDITOR_TAB_KEY } from '../../routing';
import { CatalogEditorRenderer } from './CatalogEditorRenderer';
import { type CatalogEditorState } from './catalogEditorState';
import { createTabScenes, TABS, type EditorTab } from './editorTabs';
import { loadDraft, startFrom } from './loadDraft';
import { rebaseDraft, saveDraft } from './saveDraft';
import { warnBeforeUnload } from './warnBeforeUnload';

export type { EditorTab } from './editorTabs';

/** When the editor asks again whether its save stands: a concurrent write can land after the first read-back. */
export const RECHECK_MS = 2000;

const EMPTY: KpiCatalog = emptyCatalog();

/**
 * The admin's editor: the draft, its validation, saving and which tab is open; each tab is its own scene object
 * (editorTabs). Every edit changes `draft` only; `save()` writes it through the plugin settings API after checking
 * nobody else saved since. On a conflict the draft stays as it is, so nothing is lost.
 */
export class CatalogEditorScene extends SceneObjectBase<CatalogEditorState> {
  static Component = CatalogEditorRenderer;
  private recheck?: ReturnType<typeof setTimeout>;

  protected _urlSync = new SceneObjectUrlSyncConfig(this, { keys: [EDITOR_TAB_KEY] });

  constructor(state: Partial<Omit<CatalogEditorState, 'validation'>> = {}) {
    const draft = state.draft ?? EMPTY;
    super({
      phase: 'loading',
      tab: 'kpis',
      baseVersion: 0,
      provisioned: false,
      saved: EMPTY,
      saving: false,
      budgetKiB: readBudgetKiB(undefined).kib,
      ...createTabScenes(),
      ...state,
      draft,
      validation: validateCatalog(draft),
    });
    this.addActivationHandler(() => {
      if (this.state.phase === 'loading') {
        this.load();
      }
      const stopWarning = warnBeforeUnload(() => this.isDirty());
      return () => {
        stopWarning();
        clearTimeout(this.recheck);
      };
    });
  }

  /** Every draft change goes through here, so the draft is validated once per change and never by a component. */
  setState(update: Partial<CatalogEditorState>) {
    const { draft } = update;
    super.setState(
      draft !== undefined && draft !== this.state.draft ? { ...update, validation: validateCatalog(draft) } : update
    );
  }

  getUrlState(): SceneObjectUrlValues {
    return { tab: this.state.tab === 'kpis' ? undefined : this.state.tab };
  }

  updateFromUrl(values: SceneObjectUrlValues) {
    const tab =
      typeof values.tab === 'string' && TABS.includes(values.tab as EditorTab) ? (values.tab as EditorTab) : 'kpis';
    if (tab !== this.state.tab) {
      this.setState({ tab });
    }
  }

  /** Reads the stored settings and starts from them (loadDraft). */
  async load() {
    await loadDraft(this);
  }

  /** Starts editing from stored settings; the draft is a copy of what is stored. */
  loadFrom(jsonData: AppJsonData) {
    startFrom(this, jsonData);
  }

  isDirty(): boolean {
    // The same object right after a load, a discard or a save: no need to serialise two catalogs.
    const { draft, saved } = this.state;
    return draft !== saved && stableStringify(draft) !== stableStringify(saved);
  }

  setTab(tab: EditorTab) {
    this.setState({ tab });
  }

  /** The draft after an edit in one of the tabs. */
  changeDraft(draft: KpiCatalog) {
    this.setState({ draft });
  }

  /** A whole catalog from the YAML editor or an import: KPIs that exist are revised, so meaning changes bump. */
  applyCatalog(incoming: KpiCatalog, mode: ImportMode = 'replace') {
    const { draft } = this.state;
    this.setState({ draft: applyImport(draft, importedCatalog(draft, incoming, mode), currentAuthor()) });
    this.state.importTab.setText('');
  }

  discardDraft() {
    this.setState({ draft: this.state.saved, lastSave: undefined });
    for (const tab of [this.state.objectiveTab, this.state.scorecardTab]) {
      tab.close();
    }
    this.state.kpiTab.forgetUnapplied();
  }

  exportYaml() {
    downloadCatalogYaml(this.state.draft);
  }

  async save(): Promise<SaveOutcome | undefined> {
    const { outcome, recheck } = await saveDraft(this);
    if (recheck) {
      clearTimeout(this.recheck);
      this.recheck = setTimeout(recheck, RECHECK_MS);
    }
    return outcome;
  }

  /** After a conflict or a lost write: my edits merged onto their catalog (rebaseDraft). */
  rebaseOnTheirs() {
    rebaseDraft(this);
  }
}
