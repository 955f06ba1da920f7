import { FieldType, type DataFrame } from '@grafana/data';

import { runningTotal, type PeriodOf } from './runningTotal';
import { trendPeriods } from './trendSeries';
import { type Kpi } from './types';

/**
 * A KPI's answer as its trend draws it (trendSeries): an additive calendar KPI each period's running total, an
 * SLO its running SLI; any other KPI's frames as they are. For the KPI page's chart and the datasource's series.
 */
export function runningTotalFrames(kpi: Kpi, frames: DataFrame[]): DataFrame[] {
  const periodOf = trendPeriods(kpi, kpi.timezone ?? 'browser');
  return periodOf ? frames.map((f) => runningFrame(f, kpi, periodOf)) : frames;
}

function runningFrame(frame: DataFrame, kpi: Kpi, periodOf: PeriodOf): DataFrame {
  const time = frame.fields.find((f) => f.type === FieldType.time);
  if (!time) {
    return frame;
  }
  const times = time.values as number[];
  const fields = frame.fields.map((field) => {
    if (field.type !== FieldType.number) {
      return field;
    }
    const running = runningTotal({ times, values: field.values as Array<number | null> }, kpi.reduce, periodOf);
    return { ...field, values: running.values, state: undefined };
  });
  return { ...frame, fields };
}
