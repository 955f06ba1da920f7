import { t } from '@grafana/i18n';
import { EmbeddedScene, SceneAppPage, SceneTimeRange } from '@grafana/scenes';

import { prefixRoute, ROUTES } from '../../routing';
import { refreshPicker } from '../shared/refreshPicker';
import { ObjectivesScene } from './ObjectivesScene';

export function objectivesPage(): SceneAppPage {
  return new SceneAppPage({
    title: t('objectives.title', 'Objectives'),
    subTitle: t('objectives.subtitle', 'What the KPIs cascade from, rolled up'),
    url: prefixRoute(ROUTES.Objectives),
    routePath: `${ROUTES.Objectives}/*`,
    getScene: () =>
      new EmbeddedScene({
        $timeRange: new SceneTimeRange({ from: 'now-7d', to: 'now' }),
        controls: [refreshPicker()],
        body: new ObjectivesScene(),
      }),
  });
}
