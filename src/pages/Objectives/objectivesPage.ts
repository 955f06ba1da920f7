import { EmbeddedScene, SceneAppPage, SceneFlexLayout, SceneFlexItem, SceneReactObject } from '@grafana/scenes';
import { ROUTES, prefixRoute } from '../../constants';
import { PageLoading } from '../../components/PageLoading';

export const objectivesPage = new SceneAppPage({
  title: 'Objectives',
  url: prefixRoute(ROUTES.Objectives),
  routePath: `${ROUTES.Objectives}/*`,
  getScene: () =>
    new EmbeddedScene({
      body: new SceneFlexLayout({ children: [new SceneFlexItem({ body: new SceneReactObject({ component: PageLoading }) })] }),
    }),
});
