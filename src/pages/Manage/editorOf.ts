import type { CatalogEditorScene } from './CatalogEditorScene';
import type { SceneObject } from '@grafana/scenes';

/**
 * The editor a tab belongs to: its parent, which holds the draft, its validation and the tab choice. A type-only
 * import, so the tabs and the editor that holds them do not import each other at run time.
 */
export function editorOf(tab: SceneObject): CatalogEditorScene {
  const parent = tab.parent;
  if (!parent || !('changeDraft' in parent)) {
    throw new Error(`${tab.constructor.name} is a tab of the catalog editor and was used outside it`);
  }
  return parent as CatalogEditorScene;
}
