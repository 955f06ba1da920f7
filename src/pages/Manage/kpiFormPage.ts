import { EmbeddedScene, SceneAppPage } from '@grafana/scenes';

import { EDITOR_ROUTES, kpiFormUrl, newKpiFormUrl } from '../../routing';
import { KpiFormScene, kpiFormTitle } from './KpiFormScene';
import { NEW_ITEM } from './KpiListTab';

import type { CatalogEditorScene } from './CatalogEditorScene';

/**
 * `manage/kpi/:id` (or `manage/new-kpi` for NEW_ITEM): one KPI's form as a drilldown of the editor, whose page
 * is its breadcrumb parent; the form edits that editor's draft.
 */
export function kpiFormPage(kpiId: string, editorPage: SceneAppPage, editor: CatalogEditorScene): SceneAppPage {
  const isNew = kpiId === NEW_ITEM;
  return new SceneAppPage({
    title: kpiFormTitle(editor.state.draft, kpiId),
    url: isNew ? newKpiFormUrl() : kpiFormUrl(kpiId),
    routePath: isNew ? EDITOR_ROUTES.newKpi : `${EDITOR_ROUTES.kpi}/:id`,
    getParentPage: () => editorPage,
    getScene: () => new EmbeddedScene({ body: new KpiFormScene({ kpiId }, editor) }),
  });
}
