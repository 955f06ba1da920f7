import { t } from '@grafana/i18n';
import { EmbeddedScene, SceneAppPage, type SceneRouteMatch } from '@grafana/scenes';

import { EDITOR_ROUTES, prefixRoute, ROUTES } from '../../routing';
import { CatalogEditorScene } from './CatalogEditorScene';
import { kpiFormPage } from './kpiFormPage';
import { NEW_ITEM } from './KpiListTab';

/**
 * The admin's editor: its list at `manage`, a KPI's form at `manage/kpi/<id>` and `manage/new-kpi`. Hidden from
 * the nav for non-admins by plugin.json; the scene itself checks again. One editor serves every route: the draft
 * is its state, so going from the list to a form and back keeps every edit. `editor` is made here; a test passes
 * its own, to read the draft it edits.
 */
export function managePage(editor = new CatalogEditorScene()): SceneAppPage {
  let listScene: EmbeddedScene | undefined;
  const page: SceneAppPage = new SceneAppPage({
    title: t('manage.title', 'Manage catalog'),
    subTitle: t('manage.subtitle', 'Create, edit, import and export KPIs, objectives and scorecards'),
    url: prefixRoute(ROUTES.Manage),
    routePath: `${ROUTES.Manage}/*`,
    // One scene for `manage` and `manage/` alike (the page caches by URL): the editor has one parent.
    getScene: () => (listScene ??= new EmbeddedScene({ body: editor })),
    drilldowns: [
      {
        routePath: `${EDITOR_ROUTES.kpi}/:id`,
        getPage: (match: SceneRouteMatch<{ id: string }>) =>
          kpiFormPage(decodeURIComponent(match.params.id), page, editor),
      },
      { routePath: EDITOR_ROUTES.newKpi, getPage: () => kpiFormPage(NEW_ITEM, page, editor) },
    ],
  });
  return page;
}
