import { t } from '@grafana/i18n';
import { EmbeddedScene, SceneAppPage, SceneTimeRange } from '@grafana/scenes';

import { prefixRoute, ROUTES } from '../../routing';
import { refreshPicker } from '../shared/refreshPicker';
import { CatalogScene } from './CatalogScene';

/** KPIs are evaluated at now; the refresh picker re-evaluates them. */
export function catalogPage(): SceneAppPage {
  return new SceneAppPage({
    title: t('catalog.title', 'Catalog'),
    subTitle: t('catalog.subtitle', 'Every KPI with its status, target and owner, worst first'),
    url: prefixRoute(ROUTES.Catalog),
    routePath: `${ROUTES.Catalog}/*`,
    getScene: catalogScene,
  });
}

export function catalogScene(): EmbeddedScene {
  return new EmbeddedScene({
    $timeRange: new SceneTimeRange({ from: 'now-7d', to: 'now' }),
    controls: [refreshPicker(['1m', '5m', '15m', '1h'])],
    body: new CatalogScene(),
  });
}
