import { SceneQueryRunner, VizPanel } from '@grafana/scenes';

import { type KpiDsQuery } from '../../datasource/kpiQuery';
import { pagesKpiDataSource } from '../../datasource/pagesKpiDataSource';
import { SCORECARD_PANEL_ID } from '../../kpi/pluginId';
import { type Layout } from '../../kpi/types';

/**
 * A catalog scorecard as the scorecard panel shows it in a dashboard: the same panel plugin, asking the KPI
 * datasource for the scorecard's KPIs by its id (its `select` is read from the catalog at each run).
 */
export function scorecardPanel(scorecardId: string, layout: Layout = 'cards'): VizPanel {
  const query: KpiDsQuery = { refId: 'A', queryType: 'kpis', selectBy: 'scorecard', scorecard: scorecardId };
  return new VizPanel({
    pluginId: SCORECARD_PANEL_ID,
    title: '',
    displayMode: 'transparent',
    // The page's header names the scorecard: the panel's own header only shows on hover, taking no room.
    hoverHeader: true,
    // The catalog's scorecards have no sort of their own (docs/catalog.md): the panel's default, worst first.
    options: { layout },
    $data: new SceneQueryRunner({ datasource: pagesKpiDataSource(), queries: [query] }),
  });
}
