import { t } from '@grafana/i18n';
import { EmbeddedScene, SceneAppPage } from '@grafana/scenes';

import { prefixRoute, ROUTES } from '../../routing';
import { CatalogEditorScene } from './CatalogEditorScene';

/** The admin's editor. Hidden from the nav for non-admins by plugin.json; the scene itself checks again. */
export function managePage(): SceneAppPage {
  return new SceneAppPage({
    title: t('manage.title', 'Manage catalog'),
    subTitle: t('manage.subtitle', 'Create, edit, import and export KPIs, objectives and scorecards'),
    url: prefixRoute(ROUTES.Manage),
    routePath: `${ROUTES.Manage}/*`,
    getScene: () => new EmbeddedScene({ body: new CatalogEditorScene() }),
  });
}
