import { SceneObjectBase, type SceneComponentProps, type SceneObjectState } from '@grafana/scenes';
import React from 'react';

import { editorOf } from './editorOf';
import { YamlTab } from './YamlTab';

/**
 * The YAML tab: the whole draft as text. It holds nothing of its own: the text starts from the draft each time
 * the tab opens, and what is applied goes into the editor's draft.
 */
export class YamlTabScene extends SceneObjectBase<SceneObjectState> {
  static Component = YamlTabRenderer;
}

function YamlTabRenderer({ model }: SceneComponentProps<YamlTabScene>) {
  const editor = editorOf(model);
  const { draft, budgetKiB } = editor.useState();
  return (
    <YamlTab draft={draft} budgetKiB={budgetKiB} onApply={(incoming, mode) => editor.applyCatalog(incoming, mode)} />
  );
}
