import { type CustomTransformOperator } from '@grafana/scenes';
import { map } from 'rxjs';

import { runningTotalFrames } from '../../kpi/runningTotalFrames';
import { type Kpi } from '../../kpi/types';

/**
 * The chart draws what the KPI's sparkline draws (trendSeries): an additive calendar KPI each period's running total
 * (runningTotal, the fold its value is), starting again at each period in the KPI's zone, so the line ends at the
 * number beside it and meets the target line where the period would; an SLO its SLI since the start of the range
 * (the running mean), which with the page's default range is the window's, the number beside it.
 */
export function runningTotalTransform(kpi: Kpi): CustomTransformOperator {
  return () => (source) => source.pipe(map((frames) => runningTotalFrames(kpi, frames)));
}
