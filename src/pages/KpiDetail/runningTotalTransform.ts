import { DataFrame, FieldType } from '@grafana/data';
import { CustomTransformOperator } from '@grafana/scenes';
import { map } from 'rxjs';
import { isCalendarWindow } from '../../kpi/grafanaKnowledge';
import { calendarPeriodOf } from '../../kpi/kpiWindow';
import { runningTotal } from '../../kpi/runningTotal';
import { Kpi } from '../../kpi/types';

/**
 * The chart of an additive calendar KPI draws each period's running total (runningTotal, the fold its value is),
 * starting again at each period in the KPI's zone: the line ends at the number beside it and meets the target
 * line where the period would.
 */
export function runningTotalTransform(kpi: Kpi): CustomTransformOperator {
  const window = kpi.window;
  const periodOf = isCalendarWindow(window) ? calendarPeriodOf(window, kpi.timezone ?? 'browser') : undefined;
  return () => (source) =>
    source.pipe(map((frames) => (periodOf ? frames.map((f) => runningFrame(f, kpi, periodOf)) : frames)));
}

function runningFrame(frame: DataFrame, kpi: Kpi, periodOf: ReturnType<typeof calendarPeriodOf>): DataFrame {
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
