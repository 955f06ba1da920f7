import { locationService } from '@grafana/runtime';
import {
  SceneObjectBase,
  SceneObjectUrlSyncConfig,
  type SceneComponentProps,
  type SceneObjectState,
  type SceneObjectUrlValues,
} from '@grafana/scenes';
import React from 'react';

import { deleteKpiAt } from '../../catalog/catalogDeletes';
import { upsertKpi } from '../../catalog/catalogEdits';
import { currentAuthor } from '../../catalog/currentAuthor';
import { type Kpi } from '../../kpi/types';
import { EDITOR_KPI_KEY, kpiFormUrl, manageUrl, newKpiFormUrl } from '../../routing';
import { editorOf } from './editorOf';
import { KpiListTab, NEW_ITEM } from './KpiListTab';
import { type UnappliedWork } from './useFormItem';

/**
 * The KPIs tab: the list. A KPI's form is a route of its own (`manage/kpi/<id>`, kpiFormPage), so Back leaves
 * it for the list; both show this editor's draft. What the tab does to the draft, it does from either route.
 */
export class KpisTabScene extends SceneObjectBase<SceneObjectState> {
  static Component = KpisTabRenderer;
  protected _urlSync = new SceneObjectUrlSyncConfig(this, { keys: [EDITOR_KPI_KEY] });
  /**
   * Each form's edits not applied yet, by the form's KPI id (NEW_ITEM for a new one): leaving a form by Back or
   * the breadcrumb keeps them, to be there when it opens again; Apply, Cancel and discarding the draft drop them.
   */
  private readonly unapplied = new Map<string, Kpi>();

  getUrlState(): SceneObjectUrlValues {
    return { [EDITOR_KPI_KEY]: undefined };
  }

  /** An old link or a bookmark (`manage?kpi=<id>`) opens that KPI's form at its route, in place of itself. */
  updateFromUrl(values: SceneObjectUrlValues) {
    const kpi = values[EDITOR_KPI_KEY];
    if (typeof kpi === 'string' && kpi !== '') {
      this.open(kpi, { replace: true });
    }
  }

  /** To the form of the KPI with this id (NEW_ITEM for a new one), or to the list with none. */
  open(id: string | undefined, { replace = false } = {}) {
    const url = id === undefined ? manageUrl() : id === NEW_ITEM ? newKpiFormUrl() : kpiFormUrl(id);
    if (replace) {
      locationService.replace(url);
    } else {
      locationService.push(url);
    }
  }

  unappliedWork(formId: string): UnappliedWork<Kpi> {
    return { kept: this.unapplied.get(formId), onChange: (kpi) => this.unapplied.set(formId, kpi) };
  }

  /** Puts an edited KPI into the draft (the form only offers this once it has no errors), then back to the list. */
  apply(kpi: Kpi, originalId?: string) {
    const editor = editorOf(this);
    editor.changeDraft(upsertKpi(editor.state.draft, kpi, currentAuthor(), originalId));
    this.unapplied.delete(originalId ?? NEW_ITEM);
    this.open(undefined);
  }

  /** Leaves a form without applying it: what it held is dropped. */
  cancel(formId: string) {
    this.unapplied.delete(formId);
    this.open(undefined);
  }

  /** The draft was discarded: no form keeps edits made against it. */
  forgetUnapplied() {
    this.unapplied.clear();
  }

  /** Deletes by place in the list: ids may be missing or repeated in a catalog written as YAML. */
  removeAt(index: number) {
    const editor = editorOf(this);
    editor.changeDraft(deleteKpiAt(editor.state.draft, index, currentAuthor()));
  }
}

function KpisTabRenderer({ model }: SceneComponentProps<KpisTabScene>) {
  const editor = editorOf(model);
  const { draft, validation } = editor.useState();
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
