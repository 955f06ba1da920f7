import { t } from '@grafana/i18n';
import { PanelBuilders, SceneDataTransformer, SceneQueryRunner, type VizPanel } from '@grafana/scenes';
import { GraphThresholdsStyleMode, type DataQuery } from '@grafana/schema';

import { kpiThresholds, thresholdsSoftRange } from '../../kpi/kpiThresholds';
import { trendsAsRunningTotal } from '../../kpi/trendSeries';
import { type Kpi } from '../../kpi/types';
import { tText } from '../../utils/i18n';
import { runningTotalTransform } from './runningTotalTransform';

/** The refId of the KPI's query in the chart; the previous period comes back as `A-compare`. */
const CHART_REF_ID = 'A';

/**
 * The KPI over the page's time range: its target line and at-risk band as thresholds, the previous period
 * (from the scene's SceneTimeRangeCompare) dashed and grey, revisions as annotations from the data layer.
 */
export function kpiChartPanel(kpi: Kpi): VizPanel {
  const { datasource, ...query } = kpi.query;
  const thresholds = kpiThresholds(kpi);
  const soft = thresholdsSoftRange(thresholds);
  return (
    PanelBuilders.timeseries()
      .setTitle(tText('kpi.chart.title', '{{name}} over time', { name: kpi.name }))
      .setData(
        new SceneDataTransformer({
          $data: new SceneQueryRunner({
            datasource,
            queries: [{ ...query, datasource, refId: CHART_REF_ID } as DataQuery],
            maxDataPoints: 500,
          }),
          // Running totals, an SLO's SLI so far: the quantity its value is in (trendSeries).
          transformations: trendsAsRunningTotal(kpi) ? [runningTotalTransform(kpi)] : [],
        })
      )
      // Not the KPI's decimals: they are for its one value, and on the axis they repeat a label (99.9% four
      // times on a narrow range) or pad it (100.000%); Grafana picks each tick's decimals from the spacing.
      .setUnit(kpi.unit ?? 'short')
      .setThresholds(thresholds)
      .setCustomFieldConfig('axisSoftMin', soft?.min)
      .setCustomFieldConfig('axisSoftMax', soft?.max)
      .setCustomFieldConfig('thresholdsStyle', { mode: GraphThresholdsStyleMode.LineAndArea })
      .setCustomFieldConfig('fillOpacity', 10)
      .setDisplayName(kpi.name)
      .setOverrides((b) =>
        b
          .matchFieldsByQuery(`${CHART_REF_ID}-compare`)
          .overrideDisplayName(t('kpi.chart.previous', 'Previous period'))
          .overrideColor({ mode: 'fixed', fixedColor: 'text' })
          .overrideCustomFieldConfig('lineStyle', { fill: 'dash', dash: [10, 10] })
      )
      .build()
  );
}
