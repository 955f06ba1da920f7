import { t } from '@grafana/i18n';
import { EmbeddedScene, SceneAppPage, SceneTimeRange } from '@grafana/scenes';

import { prefixRoute, ROUTES } from '../../routing';
import { ReportScene } from './ReportScene';

/**
 * `reports`: a closed month, quarter or year, each KPI as it stood when it closed. The time range only carries the
 * viewer's time zone, which the periods are read in (as the other pages read calendar windows).
 */
export function reportsPage(): SceneAppPage {
  return new SceneAppPage({
    title: t('reports.title', 'Reports'),
    subTitle: t('reports.subtitle', 'How each KPI closed a month, quarter or year'),
    url: prefixRoute(ROUTES.Reports),
    routePath: `${ROUTES.Reports}/*`,
    getScene: () =>
      new EmbeddedScene({
        $timeRange: new SceneTimeRange({ from: 'now-7d', to: 'now' }),
        body: new ReportScene(),
      }),
  });
}
