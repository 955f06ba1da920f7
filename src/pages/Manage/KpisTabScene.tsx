import { SceneObjectUrlSyncConfig, type SceneComponentProps, type SceneObjectUrlValues } from '@grafana/scenes';
import React from 'react';

import { deleteKpiAt } from '../../catalog/catalogDeletes';
import { upsertKpi } from '../../catalog/catalogEdits';
import { currentAuthor } from '../../catalog/currentAuthor';
import { type Kpi } from '../../kpi/types';
import { EDITOR_KPI_KEY } from '../../routing';
import { editorOf } from './editorOf';
import { FormTabScene } from './FormTabScene';
import { KpiEditPane } from './KpiEditPane';
import { KpiListTab } from './KpiListTab';

/** The KPIs tab: the list, or one KPI's form; the open KPI is in the URL (`kpi`), so "Edit KPI" links open it. */
export class KpisTabScene extends FormTabScene {
  static Component = KpisTabRenderer;
  protected readonly tab = 'kpis';
  protected _urlSync = new SceneObjectUrlSyncConfig(this, { keys: [EDITOR_KPI_KEY] });

  getUrlState(): SceneObjectUrlValues {
    return { kpi: this.state.editing || undefined };
  }

  updateFromUrl(values: SceneObjectUrlValues) {
    const kpi = typeof values.kpi === 'string' && values.kpi !== '' ? values.kpi : undefined;
    if (kpi !== this.state.editing) {
      this.setState({ editing: kpi });
    }
  }

  /** Puts an edited KPI into the draft (the form only offers this once it has no errors). */
  apply(kpi: Kpi, originalId?: string) {
    const editor = editorOf(this);
    editor.changeDraft(upsertKpi(editor.state.draft, kpi, currentAuthor(), originalId));
    this.close();
  }

  /** Deletes by place in the list: ids may be missing or repeated in a catalog written as YAML. */
  removeAt(index: number) {
    const editor = editorOf(this);
    editor.changeDraft(deleteKpiAt(editor.state.draft, index, currentAuthor()));
    this.close();
  }
}

function KpisTabRenderer({ model }: SceneComponentProps<KpisTabScene>) {
  const { editing } = model.useState();
  const editor = editorOf(model);
  const { draft, validation } = editor.useState();
  if (editing !== undefined) {
    return (
      <KpiEditPane
        draft={draft}
        editing={editing}
        onOpen={(id) => model.open(id)}
        onApply={(kpi, id) => model.apply(kpi, id)}
      />
    );
  }
  return (
    <KpiListTab
      draft={draft}
      validation={validation}
      onOpen={(id) => model.open(id)}
      onDelete={(index) => model.removeAt(index)}
      onTab={(tab) => editor.setTab(tab)}
    />
  );
}
