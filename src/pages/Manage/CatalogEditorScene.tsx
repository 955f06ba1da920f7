import React from 'react';
import {
  SceneComponentProps,
  SceneObjectBase,
  SceneObjectState,
  SceneObjectUrlSyncConfig,
  SceneObjectUrlValues,
} from '@grafana/scenes';
import { applyImport } from '../../catalog/importDiff';
import { ImportMode, importedCatalog } from '../../catalog/importMerge';
import { currentAuthor } from '../../catalog/currentAuthor';
import { deleteKpiAt, deleteObjectiveAt, deleteScorecardAt } from '../../catalog/catalogDeletes';
import { upsertKpi, upsertObjective, upsertScorecard } from '../../catalog/catalogEdits';
import { downloadCatalogYaml } from '../../catalog/downloadCatalog';
import { MergeReport, mergeEdits } from '../../catalog/mergeEdits';
import { SaveOutcome, confirmSaved, saveCatalog } from '../../catalog/saveCatalog';
import { readBudgetKiB } from '../../kpi/catalogBudget';
import { catalogToYaml } from '../../kpi/catalogYaml';
import { stableStringify } from '../../kpi/stableStringify';
import { t } from '@grafana/i18n';
import { emptyCatalog } from '../../kpi/emptyCatalog';
import { PathKey } from '../../kpi/places';
import { problemText } from '../../kpi/problemsText';
import { EDITOR_URL_KEYS } from '../../routing';
import { Kpi, KpiCatalog, Objective, Problem, Scorecard } from '../../kpi/types';
import { ValidationResult, validateCatalog } from '../../kpi/validateCatalog';
import { AppJsonData, fetchPluginSettings, readCatalogSettings } from '../../query/catalogSettings';
import { errorMessage } from '../../query/errorMessage';
import { CatalogEditorView } from './CatalogEditorView';

export type EditorTab = 'kpis' | 'objectives' | 'scorecards' | 'alerting' | 'yaml' | 'import';
const TABS: EditorTab[] = ['kpis', 'objectives', 'scorecards', 'alerting', 'yaml', 'import'];

export interface CatalogEditorState extends SceneObjectState {
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
  /** Id of the KPI whose form is open ('' for a new one); in the URL so "Edit KPI" links open it. */
  editingKpi?: string;
  editingObjective?: string;
  editingScorecard?: string;
  saving: boolean;
  lastSave?: SaveOutcome;
  /** The catalog stored before the last save: what it changed decides whether its KPIs' alert rules follow. */
  savedFrom?: KpiCatalog;
  saveError?: string;
  /** Text waiting in the import tab. */
  importText: string;
  /** Whether the import tab replaces the draft with the file or merges the file into it by id. */
  importMode: ImportMode;
  /** The size budget from the stored settings (jsonData.catalogBudgetKiB), in KiB. */
  budgetKiB: number;
  /** After a conflict: whose edits the merged draft carries, for the admin to review before saving. */
  merged?: { theirVersion: number; report: MergeReport };
}

/** When the editor asks again whether its save stands: a concurrent write can land after the first read-back. */
export const RECHECK_MS = 2000;

const EMPTY: KpiCatalog = emptyCatalog();
const LISTS = ['kpis', 'objectives', 'scorecards'] as const;

/** A problem with a list of the catalog itself: `kpis: required`, `scorecards: must be an array`. */
function isListProblem(p: Problem): boolean {
  return p.at.list === undefined && p.at.path.length === 1 && (LISTS as readonly PathKey[]).includes(p.at.path[0]);
}

/** The catalog's lists, each a list (empty where it is not one). */
function listsOf(catalog: KpiCatalog): Pick<KpiCatalog, (typeof LISTS)[number]> {
  const list = (value: unknown) => (Array.isArray(value) ? value : []);
  return { kpis: list(catalog.kpis), objectives: list(catalog.objectives), scorecards: list(catalog.scorecards) };
}

/**
 * The admin's editor. Every edit changes `draft` only; `save()` writes it through the plugin settings API
 * after checking nobody else saved since. On a conflict the draft stays as it is, so nothing is lost.
 */
export class CatalogEditorScene extends SceneObjectBase<CatalogEditorState> {
  static Component = CatalogEditorRenderer;
  private recheck?: ReturnType<typeof setTimeout>;

  protected _urlSync = new SceneObjectUrlSyncConfig(this, { keys: [...EDITOR_URL_KEYS] });

  constructor(state: Partial<Omit<CatalogEditorState, 'validation'>> = {}) {
    const draft = state.draft ?? EMPTY;
    super({
      phase: 'loading',
      tab: 'kpis',
      baseVersion: 0,
      provisioned: false,
      saved: EMPTY,
      saving: false,
      importText: '',
      importMode: 'merge',
      budgetKiB: readBudgetKiB(undefined).kib,
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
    return { tab: this.state.tab === 'kpis' ? undefined : this.state.tab, kpi: this.state.editingKpi || undefined };
  }

  updateFromUrl(values: SceneObjectUrlValues) {
    const tab =
      typeof values.tab === 'string' && TABS.includes(values.tab as EditorTab) ? (values.tab as EditorTab) : 'kpis';
    const kpi = typeof values.kpi === 'string' && values.kpi !== '' ? values.kpi : undefined;
    if (tab !== this.state.tab || kpi !== this.state.editingKpi) {
      this.setState({ tab, editingKpi: kpi });
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
    const loaded = readCatalogSettings(jsonData);
    const stored = loaded.parseError || !loaded.configured ? EMPTY : loaded.validation.catalog;
    // A list that is not a list (`kpis` missing, or written as a mapping) has no entries a tab can show: the
    // draft starts with it empty, and the stored catalog waits in the Import tab to be fixed and applied.
    const unreadable = loaded.validation.problems.filter((p) => p.severity === 'error' && isListProblem(p));
    const saved = unreadable.length > 0 ? { ...stored, ...listsOf(stored) } : stored;
    this.setState({
      phase: 'ready',
      saved,
      draft: saved,
      baseVersion: jsonData.catalogVersion ?? 0,
      provisioned: Boolean(jsonData.provisioned),
      storedParseError:
        loaded.parseError ??
        (unreadable.length > 0
          ? `${unreadable.map(problemText).join('; ')}. ${t('manage.stored-in-import', 'The stored catalog is in the Import tab: fix it there and apply it.')}`
          : undefined),
      importText: unreadable.length > 0 ? catalogToYaml(stored) : this.state.importText,
      budgetKiB: readBudgetKiB(jsonData.catalogBudgetKiB).kib,
      lastSave: undefined,
      savedFrom: undefined,
      merged: undefined,
    });
  }

  isDirty(): boolean {
    // The same object right after a load, a discard or a save: no need to serialise two catalogs.
    const { draft, saved } = this.state;
    return draft !== saved && stableStringify(draft) !== stableStringify(saved);
  }

  setTab(tab: EditorTab) {
    this.setState({ tab });
  }

  openKpi(id: string | undefined) {
    this.setState({ editingKpi: id, tab: 'kpis' });
  }

  /** Puts an edited KPI into the draft (the form only offers this once it has no errors). */
  applyKpi(kpi: Kpi, originalId?: string) {
    this.setState({ draft: upsertKpi(this.state.draft, kpi, currentAuthor(), originalId), editingKpi: undefined });
  }

  /** Deletes by place in the list: ids may be missing or repeated in a catalog written as YAML. */
  removeKpiAt(index: number) {
    this.setState({ draft: deleteKpiAt(this.state.draft, index, currentAuthor()), editingKpi: undefined });
  }

  openObjective(id: string | undefined) {
    this.setState({ editingObjective: id, tab: 'objectives' });
  }

  applyObjective(objective: Objective, originalId?: string) {
    this.setState({ draft: upsertObjective(this.state.draft, objective, originalId), editingObjective: undefined });
  }

  removeObjectiveAt(index: number) {
    this.setState({ draft: deleteObjectiveAt(this.state.draft, index, currentAuthor()), editingObjective: undefined });
  }

  openScorecard(id: string | undefined) {
    this.setState({ editingScorecard: id, tab: 'scorecards' });
  }

  applyScorecard(scorecard: Scorecard, originalId?: string) {
    this.setState({ draft: upsertScorecard(this.state.draft, scorecard, originalId), editingScorecard: undefined });
  }

  removeScorecardAt(index: number) {
    this.setState({ draft: deleteScorecardAt(this.state.draft, index), editingScorecard: undefined });
  }

  /** A whole catalog from the YAML editor or an import: KPIs that exist are revised, so meaning changes bump. */
  applyCatalog(incoming: KpiCatalog, mode: ImportMode = 'replace') {
    const { draft } = this.state;
    this.setState({
      draft: applyImport(draft, importedCatalog(draft, incoming, mode), currentAuthor()),
      importText: '',
    });
  }

  setImportMode(importMode: ImportMode) {
    this.setState({ importMode });
  }

  setImportText(importText: string) {
    this.setState({ importText });
  }

  discardDraft() {
    this.setState({
      draft: this.state.saved,
      editingKpi: undefined,
      editingObjective: undefined,
      editingScorecard: undefined,
      lastSave: undefined,
    });
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
  return <CatalogEditorView model={model} state={state} />;
}
