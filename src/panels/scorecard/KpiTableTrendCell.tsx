import React, { useMemo } from 'react';

import { KpiSparkline } from '../../components/kpi/KpiSparkline';
import { trendTarget } from '../../kpi/trendSeries';
import { sparklineSeries, type ScorecardItem } from './scorecardItems';

/** A row's trend: the sparkline of a valid KPI's answer, nothing without one. */
export function KpiTableTrendCell({ item }: { item: ScorecardItem }) {
  const series = useMemo(() => sparklineSeries(item), [item]);
  return series && !item.invalid ? (
    <KpiSparkline
      series={series}
      direction={item.kpi.direction}
      target={trendTarget(item.kpi)}
      width={100}
      height={24}
    />
  ) : null;
}
