import { SceneObjectBase, type SceneComponentProps, type SceneObjectState } from '@grafana/scenes';
import React from 'react';

import { AlertingTab } from './AlertingTab';
import { editorOf } from './editorOf';

/** The Alerting tab: the draft's alert rules; writing them waits while the draft has unsaved changes. */
export class AlertingTabScene extends SceneObjectBase<SceneObjectState> {
  static Component = AlertingTabRenderer;
}

function AlertingTabRenderer({ model }: SceneComponentProps<AlertingTabScene>) {
  const editor = editorOf(model);
  const { draft, validation } = editor.useState();
  return <AlertingTab draft={draft} validation={validation} unsaved={editor.isDirty()} />;
}
