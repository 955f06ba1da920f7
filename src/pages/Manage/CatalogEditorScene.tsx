import {
  SceneObjectBase,
  SceneObjectUrlSyncConfig,
  type SceneComponentProps,
  type SceneObject,
  type SceneObjectState,
  type SceneObjectUrlValues,
} from '@grafana/scenes';
import React from 'react';

import { currentAuthor } from '../../catalog/currentAuthor';
import { downloadCatalogYaml } from '../../catalog/downloadCatalog';
import { applyImport } from '../../catalog/importDiff';
import { importedCatalog, type ImportMode } from '../../catalog/importMerge';
import { mergeEdits, type MergeReport } from '../../catalog/mergeEdits';
import { confirmSaved, saveCatalog, type SaveOutcome } from '../../catalog/saveCatalog';
import { readBudgetKiB } from '../../kpi/catalogBudget';
import { emptyCatalog } from '../../kpi/emptyCatalog';
import { stableStringify } from '../../kpi/stableStringify';
import { type KpiCatalog } from '../../kpi/types';
import { validateCatalog, type ValidationResult } from '../../kpi/validateCatalog';
import { fetchPluginSettings, type AppJsonData } from '../../query/catalogSettings';
import { errorMessage } from '../../query/errorMessage';
import { EDITOR_TAB_KEY } from '../../routing';
import { CatalogEditorFrame } from './CatalogEditorFrame';
import { createTabScenes, TAB_SCENE_KEYS, TABS, type EditorTab, type EditorTabScenes } from './editorTabs';
import { EditorTabsBar } from './EditorTabsBar';
import { storedStart } from './storedStart';

export type { EditorTab } from './editorTabs';

export interface CatalogEditorState extends SceneObjectState, EditorTabScenes {
  phase: 'loading' | 'ready' | 'failed';
  loadError?: string;
  /** The stored catalog could not be parsed; the admin starts from an empty one or imports a fixed file. */
  storedParseError?: string;
  tab: EditorTab;
  /** catalogVersion of the settings the draft started from: a save checks it is still the stored one. */
  baseVersion: number;
  provisioned: boolean;
  saved: KpiCatalog;
  draft: KpiCatalog;
  /** The draft's validation: computed in setState whenever the draft changes, and read by every tab from here. */
  validation: ValidationResult;
  saving: boolean;
  lastSave?: SaveOutcome;
  /** The catalog stored before the last save: what it changed decides whether its KPIs' alert rules follow. */
  savedFrom?: KpiCatalog;
  saveError?: string;
  /** The size budget from the stored settings (jsonData.catalogBudgetKiB), in KiB. */
  budgetKiB: number;
  /** After a conflict: whose edits the merged draft carries, for the admin to review before saving. */
  merged?: { theirVersion: number; report: MergeReport };
}

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
      // Closing or reloading the tab with unsaved edits asks first: the draft lives only in this page.
      const warn = (event: BeforeUnloadEvent) => {
        if (this.isDirty()) {
          event.preventDefault();
        }
      };
      window.addEventListener('beforeunload', warn);
      return () => {
        window.removeEventListener('beforeunload', warn);
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

  async load() {
    this.setState({ phase: 'loading', loadError: undefined });
    try {
      this.loadFrom((await fetchPluginSettings()).jsonData ?? {});
    } catch (e) {
      this.setState({ phase: 'failed', loadError: errorMessage(e, 'the request failed') });
    }
  }

  /** Starts editing from stored settings; the draft is a copy of what is stored. */
  loadFrom(jsonData: AppJsonData) {
    const { saved, storedParseError, importText } = storedStart(jsonData);
    this.setState({
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
      this.state.importTab.setText(importText);
    }
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
  }

  exportYaml() {
    downloadCatalogYaml(this.state.draft);
  }

  async save(): Promise<SaveOutcome | undefined> {
    this.setState({ saving: true, saveError: undefined });
    const before = { saved: this.state.saved, baseVersion: this.state.baseVersion };
    try {
      const outcome = await saveCatalog(this.state.draft, this.state.baseVersion);
      if (outcome.kind === 'saved') {
        this.setState({
          saved: this.state.draft,
          baseVersion: outcome.version,
          lastSave: outcome,
          savedFrom: before.saved,
          saving: false,
          merged: undefined,
        });
        clearTimeout(this.recheck);
        this.recheck = setTimeout(() => this.confirm(outcome, before), RECHECK_MS);
      } else {
        // A conflict, a lost write or an invalid catalog: the draft is exactly as the admin left it, and a lost
        // write leaves the base where it was, so the draft still shows as unsaved changes.
        this.setState({ lastSave: outcome, saving: false });
      }
      return outcome;
    } catch (e) {
      this.setState({ saving: false, saveError: errorMessage(e, 'the request failed') });
      return undefined;
    }
  }

  /** A save that a concurrent write replaced after its read-back: back to unsaved, the draft kept, and said so. */
  private async confirm(
    outcome: Extract<SaveOutcome, { kind: 'saved' }>,
    before: Pick<CatalogEditorState, 'saved' | 'baseVersion'>
  ) {
    const lost = await confirmSaved(outcome.mark).catch(() => undefined);
    if (lost && this.state.lastSave === outcome) {
      this.setState({ ...before, lastSave: lost });
    }
  }

  /**
   * After a conflict or a lost write: their catalog becomes the base, and the draft becomes my edits merged onto
   * it by id (mergeEdits), so their changes stay and mine are applied; both are listed before I save again.
   */
  rebaseOnTheirs() {
    const outcome = this.state.lastSave;
    if (outcome?.kind !== 'conflict' && outcome?.kind !== 'lost') {
      return;
    }
    const { saved: base, draft: mine } = this.state;
    this.loadFrom(outcome.theirJsonData);
    const { catalog, report } = mergeEdits(base, mine, this.state.saved);
    this.setState({ draft: catalog, merged: { theirVersion: outcome.theirVersion, report } });
  }
}

function CatalogEditorRenderer({ model }: SceneComponentProps<CatalogEditorScene>) {
  const state = model.useState();
  const active: SceneObject = state[TAB_SCENE_KEYS[state.tab]];
  return (
    <CatalogEditorFrame
      editor={model}
      tabs={<EditorTabsBar draft={state.draft} tab={state.tab} onTab={(tab) => model.setTab(tab)} />}
    >
      <active.Component model={active} />
    </CatalogEditorFrame>
  );
}
