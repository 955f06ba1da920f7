import { type SceneComponentProps } from '@grafana/scenes';
import React from 'react';

import { deleteScorecardAt } from '../../catalog/catalogDeletes';
import { upsertScorecard } from '../../catalog/catalogEdits';
import { type Scorecard } from '../../kpi/types';
import { editorOf } from './editorOf';
import { FormTabScene } from './FormTabScene';
import { ScorecardsTab } from './ScorecardsTab';

/** The Scorecards tab: a card per scorecard with what it picks, or one scorecard's form. */
export class ScorecardsTabScene extends FormTabScene {
  static Component = ScorecardsTabRenderer;
  protected readonly tab = 'scorecards';

  apply(scorecard: Scorecard, originalId?: string) {
    const editor = editorOf(this);
    editor.changeDraft(upsertScorecard(editor.state.draft, scorecard, originalId));
    this.close();
  }

  removeAt(index: number) {
    const editor = editorOf(this);
    editor.changeDraft(deleteScorecardAt(editor.state.draft, index));
    this.close();
  }
}

function ScorecardsTabRenderer({ model }: SceneComponentProps<ScorecardsTabScene>) {
  const { editing } = model.useState();
  const editor = editorOf(model);
  const { draft, validation } = editor.useState();
  return (
    <ScorecardsTab
      draft={draft}
      validation={validation}
      editing={editing}
      onOpen={(id) => model.open(id)}
      onApply={(scorecard, id) => model.apply(scorecard, id)}
      onDelete={(index) => model.removeAt(index)}
      onFixInYaml={() => editor.setTab('yaml')}
    />
  );
}
