import { type SceneObjectState } from '@grafana/scenes';

import { type MergeReport } from '../../catalog/mergeEdits';
import { type SaveOutcome } from '../../catalog/saveCatalog';
import { type KpiCatalog } from '../../kpi/types';
import { type ValidationResult } from '../../kpi/validateCatalog';
import { type EditorTab, type EditorTabScenes } from './editorTabs';

/** The catalog editor's state (CatalogEditorScene): the draft, what it started from, saving, and the open tab. */
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
