import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { line, scaleLinear } from 'd3';
import { KpiSeries } from '../../kpi/kpiSeries';
import { sparklineRange } from '../../kpi/sparklineRange';
import { Direction, Target } from '../../kpi/types';
import { fixedText } from './fixedText';

interface Props {
  series: KpiSeries;
  direction: Direction;
  target: Target;
  width: number;
  height: number;
  /** Line colour; defaults to the theme's primary text so the status colour stays the badge's job. */
  color?: string;
}

/**
 * The KPI's trend with its target as a dashed line, on a y-range from sparklineRange (always holds the target,
 * never autoscaled into drama). One SVG path drawn with d3 (a module Grafana shares with plugins): a scorecard
 * draws one per card, and @grafana/ui's Sparkline sets up a uPlot instance each, which was the larger half of
 * a 200-card render in Chromium (see scripts/browserBench.mjs). Missing samples leave a gap, as Sparkline does.
 */
export const KpiSparkline = React.memo(function KpiSparkline({
  series,
  direction,
  target,
  width,
  height,
  color,
}: Props) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
  const drawn = useMemo(
    () => draw(series, direction, target, width, height),
    [series, direction, target, width, height]
  );
  if (!drawn) {
    return null;
  }
  return (
    <svg
      className={styles.svg}
      width={width}
      height={height}
      role="img"
      aria-label={fixedText('kpi.sparkline.label', 'Trend over the window with the target line')}
    >
      <path d={drawn.path} fill="none" stroke={color ?? theme.colors.text.primary} strokeWidth={1} />
      {drawn.targets.map((y) => (
        <line key={y} data-testid="kpi-sparkline-target" x1={0} x2={width} y1={y} y2={y} className={styles.target} />
      ))}
    </svg>
  );
});

interface Drawn {
  path: string;
  /** The target line(s), in px from the top. */
  targets: number[];
}

function draw(series: KpiSeries, direction: Direction, target: Target, width: number, height: number): Drawn | null {
  const { values, times } = series;
  const range = sparklineRange(values, direction, target);
  if (!range || values.filter(isPoint).length < 2) {
    return null;
  }
  // Half the stroke inside at both edges, so a value on the range's end is not cut in half.
  const y = scaleLinear([range.min, range.max], [height - 0.5, 0.5]);
  const xs = times ?? values.map((_, i) => i);
  const x = scaleLinear([xs[0], xs[xs.length - 1]], [0, width]);
  const path = line<number>()
    .defined((i) => isPoint(values[i]))
    .x((i) => x(xs[i]))
    .y((i) => y(values[i] as number))(values.map((_, i) => i));
  const targets = targetLines(direction, target)
    .filter((v) => v >= range.min && v <= range.max)
    .map((v) => Math.round(y(v)) + 0.5);
  return path ? { path, targets } : null;
}

const isPoint = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

function targetLines(direction: Direction, target: Target): number[] {
  const marks = direction === 'in-range' ? [target.min, target.max] : [target.value];
  return marks.filter((v): v is number => v !== undefined && Number.isFinite(v));
}

const getStyles = (theme: GrafanaTheme2) => ({
  svg: css({ display: 'block', flexShrink: 0, overflow: 'visible' }),
  target: css({
    stroke: theme.colors.text.secondary,
    strokeWidth: 1,
    strokeDasharray: '3 2',
    pointerEvents: 'none',
  }),
});
