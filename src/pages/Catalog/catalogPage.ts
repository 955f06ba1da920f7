import { EmbeddedScene, SceneAppPage, SceneFlexLayout, SceneFlexItem, SceneReactObject } from '@grafana/scenes';
import { ROUTES, prefixRoute } from '../../constants';
import { PageLoading } from '../../components/PageLoading';

export const catalogPage = new SceneAppPage({
  title: 'Catalog',
  url: prefixRoute(ROUTES.Catalog),
  routePath: `${ROUTES.Catalog}/*`,
  getScene: () =>
    new EmbeddedScene({
      body: new SceneFlexLayout({ children: [new SceneFlexItem({ body: new SceneReactObject({ component: PageLoading }) })] }),
    }),
});
