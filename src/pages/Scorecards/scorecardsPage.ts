import { t } from '@grafana/i18n';
import { EmbeddedScene, SceneAppPage, SceneTimeRange, type SceneRouteMatch } from '@grafana/scenes';

import { prefixRoute, ROUTES, scorecardUrl } from '../../routing';
import { refreshPicker } from '../shared/refreshPicker';
import { ScorecardList } from './ScorecardList';
import { ScorecardScene } from './ScorecardScene';

/** `scorecards` lists the saved views; `scorecards/:id` is one of them at a URL an executive bookmarks. */
export function scorecardsPage(): SceneAppPage {
  const page: SceneAppPage = new SceneAppPage({
    title: t('scorecards.title', 'Scorecards'),
    subTitle: t('scorecards.subtitle', 'Saved views of the catalog'),
    url: prefixRoute(ROUTES.Scorecards),
    routePath: `${ROUTES.Scorecards}/*`,
    getScene: () => new EmbeddedScene({ body: new ScorecardList() }),
    drilldowns: [{ routePath: ':id', getPage: (match: SceneRouteMatch<{ id: string }>) => scorecardPage(match, page) }],
  });
  return page;
}

function scorecardPage(match: SceneRouteMatch<{ id: string }>, parent: SceneAppPage): SceneAppPage {
  const id = decodeURIComponent(match.params.id);
  return new SceneAppPage({
    title: id,
    url: scorecardUrl(id),
    routePath: ':id',
    getParentPage: () => parent,
    getScene: () =>
      new EmbeddedScene({
        $timeRange: new SceneTimeRange({ from: 'now-7d', to: 'now' }),
        controls: [refreshPicker(['1m', '5m', '15m', '1h'])],
        body: new ScorecardScene({ scorecardId: id }),
      }),
  });
}
