import { dateTime, type TimeRange } from '@grafana/data';
import { SceneTimeRangeCompare } from '@grafana/scenes';

import { isCalendarWindow } from '../../kpi/grafanaKnowledge';
import { previousWindow, resolveWindow } from '../../kpi/kpiWindow';

const PREVIOUS_PERIOD = '__previousPeriod';

/**
 * Scenes' time comparison, whose "Previous period" is the KPI's own when the chart shows a calendar window from its
 * start: the same elapsed part of the previous period (1-6 November beside 1-6 December), which is what "vs
 * previous period" beside the chart compares. Scenes shifts by the range's length (25 November-1 December): a
 * running total that restarts on the 1st, a different quantity from the number. Other ranges and choices are scenes'.
 */
export class KpiTimeRangeCompare extends SceneTimeRangeCompare {
  private kpiWindow?: { window: string; timeZone: string };

  /** The KPI whose window "Previous period" follows. */
  forKpi(window: string, timeZone: string) {
    this.kpiWindow = { window, timeZone };
  }

  getCompareTimeRange(timeRange: TimeRange): TimeRange | undefined {
    const shift = this.state.compareWith === PREVIOUS_PERIOD ? this.periodShift(timeRange) : undefined;
    if (shift === undefined) {
      return super.getCompareTimeRange(timeRange);
    }
    const from = dateTime(timeRange.from.valueOf() - shift);
    const to = dateTime(timeRange.to.valueOf() - shift);
    return { from, to, raw: { from, to } };
  }

  /** How far back the previous period starts, when the range is the KPI's calendar window so far. */
  private periodShift(range: TimeRange): number | undefined {
    if (!this.kpiWindow || !isCalendarWindow(this.kpiWindow.window)) {
      return undefined;
    }
    const { window, timeZone } = this.kpiWindow;
    const current = resolveWindow(window, range.to.valueOf(), timeZone);
    if (current.from !== range.from.valueOf()) {
      return undefined;
    }
    return current.from - previousWindow(window, current, timeZone).from;
  }
}
