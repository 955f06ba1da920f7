import { DataFrame, FieldType } from '@grafana/data';
import { CustomTransformOperator } from '@grafana/scenes';
import { map } from 'rxjs';
import { PeriodOf, runningTotal } from '../../kpi/runningTotal';
import { trendPeriods } from '../../kpi/trendSeries';
import { Kpi } from '../../kpi/types';

/**
 * The chart draws what the KPI's sparkline draws (trendSeries): an additive calendar KPI each period's running total
 * (runningTotal, the fold its value is), starting again at each period in the KPI's zone, so the line ends at the
 * number beside it and meets the target line where the period would; an SLO its SLI since the start of the range
 * (the running mean), which with the page's default range is the window's, the number beside it.
 */
export function runningTotalTransform(kpi: Kpi): CustomTransformOperator {
  const periodOf = trendPeriods(kpi, kpi.timezone ?? 'browser');
  return () => (source) =>
    source.pipe(map((frames) => (periodOf ? frames.map((f) => runningFrame(f, kpi, periodOf)) : frames)));
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
