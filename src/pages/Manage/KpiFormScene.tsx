import { t } from '@grafana/i18n';
import { SceneObjectBase, type SceneComponentProps, type SceneObjectState } from '@grafana/scenes';
import React from 'react';

import { entryLabel, indexOfId } from '../../kpi/places';
import { type KpiCatalog } from '../../kpi/types';
import { setPageTitle } from '../shared/pageTitle';
import { CatalogEditorFrame } from './CatalogEditorFrame';
import { KpiEditPane } from './KpiEditPane';
import { NEW_ITEM } from './KpiListTab';

import type { CatalogEditorScene } from './CatalogEditorScene';

interface KpiFormSceneState extends SceneObjectState {
  /** The KPI whose form this is, or NEW_ITEM. */
  kpiId: string;
}

/** A KPI form's page title, so the breadcrumb reads "Manage catalog > Deployment frequency". */
export function kpiFormTitle(draft: KpiCatalog, kpiId: string): string {
  if (kpiId === NEW_ITEM) {
    return t('manage.kpi.new', 'New KPI');
  }
  const index = indexOfId(draft.kpis, kpiId);
  return index < 0 ? kpiId : entryLabel(draft.kpis[index], index).name;
}

/**
 * A KPI's form at its own route (kpiFormPage). The draft is the editor's, which the list's page holds (a scene
 * object lives in one place): this scene keeps that editor active while the form shows, so a form opened first
 * loads the catalog, and the list finds every edit when the admin comes back.
 */
export class KpiFormScene extends SceneObjectBase<KpiFormSceneState> {
  static Component = KpiFormRenderer;

  constructor(
    state: KpiFormSceneState,
    readonly editor: CatalogEditorScene
  ) {
    super(state);
    this.addActivationHandler(() => {
      const release = editor.activate();
      const renames = editor.subscribeToState(() => this.nameThePage());
      this.nameThePage();
      return () => {
        renames.unsubscribe();
        release();
      };
    });
  }

  /** The page's title follows the KPI's name in the draft: it is unknown until the catalog loads. */
  private nameThePage() {
    setPageTitle(this, kpiFormTitle(this.editor.state.draft, this.state.kpiId));
  }
}

function KpiFormRenderer({ model }: SceneComponentProps<KpiFormScene>) {
  const { kpiId } = model.useState();
  const { draft, kpiTab } = model.editor.useState();
  return (
    <CatalogEditorFrame editor={model.editor} onDiscard={() => kpiTab.open(undefined)}>
      <KpiEditPane
        draft={draft}
        editing={kpiId}
        onOpen={(id) => kpiTab.open(id)}
        onApply={(kpi, id) => kpiTab.apply(kpi, id)}
        onCancel={() => kpiTab.cancel(kpiId)}
        unapplied={kpiTab.unappliedWork(kpiId)}
      />
    </CatalogEditorFrame>
  );
}
