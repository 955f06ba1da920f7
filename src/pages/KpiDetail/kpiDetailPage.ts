import { t } from '@grafana/i18n';
import {
  EmbeddedScene,
  SceneAppPage,
  SceneDataLayerSet,
  SceneTimePicker,
  SceneTimeRange,
  type SceneAppPageLike,
  type SceneRouteMatch,
} from '@grafana/scenes';

import { kpiDetailUrl, prefixRoute, ROUTES } from '../../routing';
import { catalogScene } from '../Catalog/catalogPage';
import { refreshPicker } from '../shared/refreshPicker';
import { KpiDetailScene } from './KpiDetailScene';
import { KpiTimeRangeCompare } from './KpiTimeRangeCompare';
import { RevisionMarkersLayer } from './RevisionMarkersLayer';

/**
 * `kpi/:id`: the KPI's own page, the link the catalog, the scorecards and the panel open. The bare `kpi`
 * route has nothing to show and falls back to the catalog.
 */
export function kpiDetailPage(catalogPage: SceneAppPage): SceneAppPage {
  return new SceneAppPage({
    title: t('catalog.title', 'Catalog'),
    url: prefixRoute(ROUTES.Kpi),
    routePath: `${ROUTES.Kpi}/*`,
    getScene: catalogScene,
    drilldowns: [{ routePath: ':id', getPage: (match, parent) => kpiPage(match, catalogPage, parent) }],
  });
}

function kpiPage(
  match: SceneRouteMatch<{ id: string }>,
  catalogPage: SceneAppPage,
  _parent: SceneAppPageLike
): SceneAppPage {
  const id = decodeURIComponent(match.params.id);
  return new SceneAppPage({
    title: id,
    url: kpiDetailUrl(id),
    routePath: ':id',
    getParentPage: () => catalogPage,
    getScene: () =>
      new EmbeddedScene({
        $timeRange: new SceneTimeRange({ from: 'now-7d', to: 'now' }),
        $data: new SceneDataLayerSet({ layers: [new RevisionMarkersLayer()] }),
        controls: [
          new SceneTimePicker({}),
          new KpiTimeRangeCompare({ compareWith: '__previousPeriod' }),
          refreshPicker(),
        ],
        body: new KpiDetailScene({ kpiId: id }),
      }),
  });
}
