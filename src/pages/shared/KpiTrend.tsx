import { Stack } from '@grafana/ui';
import React, { useMemo } from 'react';

import { deltaOf, KpiDelta } from '../../components/kpi/KpiDelta';
import { KpiSparkline } from '../../components/kpi/KpiSparkline';
import { singleSeries } from '../../kpi/kpiSeries';
import { trendSeries, trendTarget } from '../../kpi/trendSeries';
import { type Kpi } from '../../kpi/types';
import { type KpiResult } from '../../query/evaluateResults';

/** The trend in a row or card: the window's sparkline with its target line, and the change against the previous period. */
export function KpiTrend({ kpi, result, width = 80 }: { kpi: Kpi; result?: KpiResult; width?: number }) {
  const frames = result?.current?.frames;
  const window = result?.window;
  const series = useMemo(() => {
    const answered = frames ? (singleSeries(frames).series ?? null) : null;
    return answered && trendSeries(kpi, answered, window);
  }, [kpi, frames, window]);
  const evaluation = result?.evaluation;
  if (!evaluation || evaluation.value === null) {
    return null; // an error or no data says so in the status; "no previous period" would only add noise
  }
  return (
    <Stack gap={1} alignItems="center">
      {series && (
        <KpiSparkline series={series} direction={kpi.direction} target={trendTarget(kpi)} width={width} height={24} />
      )}
      <KpiDelta {...deltaOf(kpi, evaluation)} />
    </Stack>
  );
}
