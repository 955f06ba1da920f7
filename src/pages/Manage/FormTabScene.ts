import { SceneObjectBase, type SceneObjectState } from '@grafana/scenes';

import { editorOf } from './editorOf';

import type { EditorTab } from './CatalogEditorScene';

export interface FormTabState extends SceneObjectState {
  /** Id of the item whose form is open (NEW_ITEM for a new one); none while the tab shows its list. */
  editing?: string;
}

/**
 * A tab that lists one kind of catalog entry and opens one at a time in a form on the same page (objectives,
 * scorecards; a KPI's form is a route of its own: KpisTabScene).
 * Its edits change the editor's draft; which form is open is the tab's own.
 */
export abstract class FormTabScene extends SceneObjectBase<FormTabState> {
  protected abstract readonly tab: EditorTab;

  /** Opens the form of the item with this id (NEW_ITEM for a new one), or the list with none. */
  open(id: string | undefined) {
    editorOf(this).setTab(this.tab);
    this.setState({ editing: id });
  }

  close() {
    if (this.state.editing !== undefined) {
      this.setState({ editing: undefined });
    }
  }
}
