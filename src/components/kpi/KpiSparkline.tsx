import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import { FieldColorModeId, FieldSparkline, FieldType, GrafanaTheme2 } from '@grafana/data';
import { Sparkline, useStyles2, useTheme2 } from '@grafana/ui';
import { KpiSeries } from '../../kpi/kpiSeries';
import { ValueRange, sparklineRange } from '../../kpi/sparklineRange';
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
 * The KPI's trend with its target drawn as a dashed line, on a y-range from sparklineRange (always holds the
 * target, never autoscaled into drama). @grafana/ui's Sparkline draws no thresholds, so the line is an overlay
 * placed on the same range.
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
  const range = useMemo(() => sparklineRange(series.values, direction, target), [series.values, direction, target]);
  const sparkline = useMemo(
    () => (range ? toSparkline(series, range, color ?? theme.colors.text.primary) : null),
    [series, range, color, theme]
  );
  if (!sparkline || !range || series.values.filter((v) => v !== null).length < 2) {
    return null;
  }
  const lines = targetLines(direction, target).filter((v) => v >= range.min && v <= range.max);
  return (
    <div
      className={styles.wrapper}
      style={{ width, height }}
      role="img"
      aria-label={fixedText('kpi.sparkline.label', 'Trend over the window with the target line')}
    >
      <Sparkline width={width} height={height} sparkline={sparkline} theme={theme} />
      {lines.map((value) => (
        <div
          key={value}
          data-testid="kpi-sparkline-target"
          className={styles.target}
          style={{ top: `${(1 - (value - range.min) / (range.max - range.min)) * 100}%` }}
        />
      ))}
    </div>
  );
});

function toSparkline(series: KpiSeries, range: ValueRange, color: string): FieldSparkline {
  const values = series.values;
  return {
    x: series.times ? { name: 'time', type: FieldType.time, config: {}, values: series.times } : undefined,
    y: {
      name: 'value',
      type: FieldType.number,
      values,
      // Sparkline takes its y-range from state.range widened by config.min/max: both say the honest range.
      config: { min: range.min, max: range.max, color: { mode: FieldColorModeId.Fixed, fixedColor: color } },
      state: { range: { min: range.min, max: range.max, delta: range.max - range.min } },
    },
  };
}

function targetLines(direction: Direction, target: Target): number[] {
  const marks = direction === 'in-range' ? [target.min, target.max] : [target.value];
  return marks.filter((v): v is number => v !== undefined && Number.isFinite(v));
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrapper: css({ position: 'relative', flexShrink: 0 }),
  target: css({
    position: 'absolute',
    left: 0,
    right: 0,
    borderTop: `1px dashed ${theme.colors.text.secondary}`,
    pointerEvents: 'none',
  }),
});
