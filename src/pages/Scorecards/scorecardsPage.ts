import { EmbeddedScene, SceneAppPage, SceneFlexLayout, SceneFlexItem, SceneReactObject } from '@grafana/scenes';
import { ROUTES, prefixRoute } from '../../constants';
import { PageLoading } from '../../components/PageLoading';

export const scorecardsPage = new SceneAppPage({
  title: 'Scorecards',
  url: prefixRoute(ROUTES.Scorecards),
  routePath: `${ROUTES.Scorecards}/*`,
  getScene: () =>
    new EmbeddedScene({
      body: new SceneFlexLayout({ children: [new SceneFlexItem({ body: new SceneReactObject({ component: PageLoading }) })] }),
    }),
});
