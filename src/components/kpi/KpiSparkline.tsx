import { css } from '@emotion/css';
import { useStyles2, useTheme2 } from '@grafana/ui';
import { extent, line, range as indices, scaleLinear, sort } from 'd3';
import React, { useLayoutEffect, useMemo, useRef } from 'react';

import { type KpiSeries } from '../../kpi/kpiSeries';
import { sparklineRange, type ValueRange } from '../../kpi/sparklineRange';
import { type Direction, type Target } from '../../kpi/types';
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
 * never autoscaled into drama). Drawn on a canvas, as uPlot draws, by d3-shape (d3 is a module Grafana shares
 * with plugins). A scorecard draws one per card: @grafana/ui's Sparkline set up a uPlot instance for each, and
 * an SVG path of up to 720 points each cost a third of a 200-card render in Chromium (scripts/browserBench.mjs).
 * Missing samples leave a gap, as Sparkline does.
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
  const canvas = useRef<HTMLCanvasElement>(null);
  const range = useMemo(
    () => (countPoints(series.values) >= 2 ? sparklineRange(series.values, direction, target) : null),
    [series, direction, target]
  );
  const lineColor = color ?? theme.colors.text.primary;
  const targetColor = theme.colors.text.secondary;
  // Read at each render: a zoom that changes it redraws with the next answers.
  const pixelRatio = window.devicePixelRatio || 1;
  useLayoutEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (context && range) {
      context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
      context.clearRect(0, 0, width, height);
      draw(context, { series, range, targets: targetLines(direction, target), width, height, lineColor, targetColor });
    }
  }, [series, range, direction, target, width, height, lineColor, targetColor, pixelRatio]);
  if (!range) {
    return null;
  }
  return (
    <canvas
      ref={canvas}
      className={styles.canvas}
      width={Math.round(width * pixelRatio)}
      height={Math.round(height * pixelRatio)}
      style={{ width, height }}
      role="img"
      aria-label={fixedText('kpi.sparkline.label', 'Trend over the window with the target line')}
    />
  );
});

interface Drawing {
  series: KpiSeries;
  range: ValueRange;
  targets: number[];
  width: number;
  height: number;
  lineColor: string;
  targetColor: string;
}

function draw(context: CanvasRenderingContext2D, { series, range, targets, width, height, ...colors }: Drawing) {
  const { values, times } = series;
  const xs = times ?? values.map((_, i) => i);
  // Points in time order, as Sparkline sorted them: a table may come newest first. A time that could not be read
  // (NaN) has no place on the axis and is left out, as a missing value is.
  const order = isAscending(xs) ? indices(xs.length) : sort(indices(xs.length), (i) => xs[i]);
  const [from = 0, to = 1] = extent(xs);
  const x = scaleLinear([from, to], [0, width]);
  // Half the 1 px stroke inside at both edges, so a value on the range's end is drawn whole.
  const y = scaleLinear([range.min, range.max], [height - 0.5, 0.5]);
  context.lineWidth = 1;

  context.beginPath();
  line<number>()
    .defined((i) => isPoint(values[i]) && Number.isFinite(xs[i]))
    .x((i) => x(xs[i]))
    .y((i) => y(values[i] as number))
    .context(context)(order);
  context.strokeStyle = colors.lineColor;
  context.setLineDash([]);
  context.stroke();

  context.beginPath();
  for (const value of targets.filter((v) => v >= range.min && v <= range.max)) {
    // On a pixel's middle, so the dashes are 1 px sharp.
    const at = Math.floor(y(value)) + 0.5;
    context.moveTo(0, at);
    context.lineTo(width, at);
  }
  context.strokeStyle = colors.targetColor;
  context.setLineDash([3, 2]);
  context.stroke();
}

const isPoint = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

function isAscending(times: number[]): boolean {
  for (let i = 1; i < times.length; i++) {
    if (!(times[i] >= times[i - 1])) {
      return false;
    }
  }
  return true;
}

function countPoints(values: Array<number | null>): number {
  let count = 0;
  for (const v of values) {
    count += isPoint(v) ? 1 : 0;
  }
  return count;
}

function targetLines(direction: Direction, target: Target): number[] {
  const marks = direction === 'in-range' ? [target.min, target.max] : [target.value];
  return marks.filter((v): v is number => v !== undefined && Number.isFinite(v));
}

const getStyles = () => ({ canvas: css({ display: 'block', flexShrink: 0 }) });
