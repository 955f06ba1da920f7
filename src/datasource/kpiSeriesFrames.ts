import { FieldType, type DataFrame, type Field } from '@grafana/data';

import { effectiveAtRisk } from '../kpi/kpiStatus';
import { kpiThresholds } from '../kpi/kpiThresholds';
import { runningTotalFrames } from '../kpi/runningTotalFrames';
import { trendTarget } from '../kpi/trendSeries';
import { type Kpi } from '../kpi/types';

/**
 * One KPI's answer as the KPI page's chart draws it (runningTotalFrames), with its target and at-risk boundary
 * (an in-range KPI's min and max) as constant fields on the series' time, and the KPI's unit and status bands
 * as thresholds: a Time series panel draws the lines, or the bands with "Show thresholds".
 */
export function kpiSeriesFrames(kpi: Kpi, frames: DataFrame[]): DataFrame[] {
  const target = trendTarget(kpi);
  const lines: Array<[string, number | null | undefined]> =
    kpi.direction === 'in-range'
      ? [
          ['min', target.min],
          ['max', target.max],
        ]
      : [
          ['target', target.value],
          ['at risk', effectiveAtRisk(kpi.direction, target)],
        ];
  const thresholds = kpiThresholds(kpi);
  return runningTotalFrames(kpi, frames).map((frame) => {
    const time = frame.fields.find((f) => f.type === FieldType.time);
    const values: Field[] = frame.fields
      .filter((f) => f.type === FieldType.number)
      .map((f) => ({ ...f, config: { ...f.config, displayName: kpi.name, unit: kpi.unit, thresholds } }));
    if (!time || values.length === 0) {
      return frame;
    }
    const constant = (name: string, value: number): Field => ({
      name,
      type: FieldType.number,
      values: time.values.map(() => value),
      config: { unit: kpi.unit, custom: { lineStyle: { fill: 'dash', dash: [10, 10] } } },
    });
    const extra = lines.flatMap(([name, v]) => (typeof v === 'number' ? [constant(name, v)] : []));
    return { ...frame, name: kpi.id, fields: [time, ...values, ...extra], length: time.values.length };
  });
}
