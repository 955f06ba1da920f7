import { t } from '@grafana/i18n';
import { EmbeddedScene, SceneAppPage, SceneReactObject } from '@grafana/scenes';
import { prefixRoute } from '../../constants';
import { PageLoading } from '../../components/PageLoading';
import { MANAGE_ROUTE } from '../../utils/utils.routing';

export function managePage(): SceneAppPage {
  return new SceneAppPage({
    title: t('manage.title', 'Manage catalog'),
    url: prefixRoute(MANAGE_ROUTE),
    routePath: `${MANAGE_ROUTE}/*`,
    getScene: () => new EmbeddedScene({ body: new SceneReactObject({ component: PageLoading }) }),
  });
}
