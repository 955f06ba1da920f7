import { type SceneComponentProps, type SceneObject } from '@grafana/scenes';
import React from 'react';

import { CatalogEditorFrame } from './CatalogEditorFrame';
import { TAB_SCENE_KEYS } from './editorTabs';
import { EditorTabsBar } from './EditorTabsBar';

import type { CatalogEditorScene } from './CatalogEditorScene';

/** The editor's list route: its frame and save bar, the tabs, and the open tab. */
export function CatalogEditorRenderer({ model }: SceneComponentProps<CatalogEditorScene>) {
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
