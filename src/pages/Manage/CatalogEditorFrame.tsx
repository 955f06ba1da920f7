import React, { type ReactNode } from 'react';

import { CatalogEditorView } from './CatalogEditorView';
import { SaveBar } from './SaveBar';

import type { CatalogEditorScene } from './CatalogEditorScene';

interface Props {
  editor: CatalogEditorScene;
  /** The tabs bar, on the list only. */
  tabs?: ReactNode;
  /** What "Discard changes" does besides discarding the draft: a KPI's form goes back to the list. */
  onDiscard?: () => void;
  children: ReactNode;
}

/** The editor's frame and save bar around the list or a KPI's form: the same draft and the same save on both. */
export function CatalogEditorFrame({ editor, tabs, onDiscard, children }: Props) {
  const state = editor.useState();
  return (
    <CatalogEditorView
      {...state}
      tabs={tabs}
      saveBar={
        <SaveBar
          {...state}
          dirty={editor.isDirty()}
          onSave={() => editor.save()}
          onDiscard={() => {
            editor.discardDraft();
            onDiscard?.();
          }}
          onExport={() => editor.exportYaml()}
          onRebase={() => editor.rebaseOnTheirs()}
        />
      }
    >
      {children}
    </CatalogEditorView>
  );
}
