import { type SceneComponentProps } from '@grafana/scenes';
import React from 'react';

import { deleteObjectiveAt } from '../../catalog/catalogDeletes';
import { upsertObjective } from '../../catalog/catalogEdits';
import { currentAuthor } from '../../catalog/currentAuthor';
import { type Objective } from '../../kpi/types';
import { editorOf } from './editorOf';
import { FormTabScene } from './FormTabScene';
import { ObjectivesTab } from './ObjectivesTab';

/** The Objectives tab: a card per objective, or one objective's form. */
export class ObjectivesTabScene extends FormTabScene {
  static Component = ObjectivesTabRenderer;
  protected readonly tab = 'objectives';

  apply(objective: Objective, originalId?: string) {
    const editor = editorOf(this);
    editor.changeDraft(upsertObjective(editor.state.draft, objective, originalId));
    this.close();
  }

  removeAt(index: number) {
    const editor = editorOf(this);
    editor.changeDraft(deleteObjectiveAt(editor.state.draft, index, currentAuthor()));
    this.close();
  }
}

function ObjectivesTabRenderer({ model }: SceneComponentProps<ObjectivesTabScene>) {
  const { editing } = model.useState();
  const editor = editorOf(model);
  const { draft, validation } = editor.useState();
  return (
    <ObjectivesTab
      draft={draft}
      validation={validation}
      editing={editing}
      onOpen={(id) => model.open(id)}
      onApply={(objective, id) => model.apply(objective, id)}
      onDelete={(index) => model.removeAt(index)}
      onFixInYaml={() => editor.setTab('yaml')}
    />
  );
}
