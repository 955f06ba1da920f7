import { SceneObjectBase, type SceneComponentProps, type SceneObjectState } from '@grafana/scenes';
import React from 'react';

import { type ImportMode } from '../../catalog/importMerge';
import { editorOf } from './editorOf';
import { ImportTab } from './ImportTab';

export interface ImportTabState extends SceneObjectState {
  /** Text waiting to be applied; it stays while the admin visits other tabs. */
  text: string;
  /** Whether applying replaces the draft with the file or merges the file into it by id. */
  mode: ImportMode;
}

/** The Import tab: a pasted or uploaded catalog, reviewed against the draft, then applied to it. */
export class ImportTabScene extends SceneObjectBase<ImportTabState> {
  static Component = ImportTabRenderer;

  constructor(state: Partial<ImportTabState> = {}) {
    super({ text: '', mode: 'merge', ...state });
  }

  setText(text: string) {
    this.setState({ text });
  }

  setMode(mode: ImportMode) {
    this.setState({ mode });
  }
}

function ImportTabRenderer({ model }: SceneComponentProps<ImportTabScene>) {
  const { text, mode } = model.useState();
  const editor = editorOf(model);
  const { draft, validation, budgetKiB } = editor.useState();
  return (
    <ImportTab
      draft={draft}
      validation={validation}
      text={text}
      mode={mode}
      budgetKiB={budgetKiB}
      onText={(next) => model.setText(next)}
      onMode={(next) => model.setMode(next)}
      onApply={(incoming, how) => editor.applyCatalog(incoming, how)}
    />
  );
}
