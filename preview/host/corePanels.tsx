// Grafana's core panels (timeseries, stat, table, text) ship in no package. These
// stand-ins are built on the same @grafana/ui parts and say what they are, so a
// screenshot never passes one off as Grafana's own panel.
import { css } from '@emotion/css';
import {
  FieldType,
  getFieldDisplayValues,
  identityOverrideProcessor,
  PanelPlugin,
  ReducerID,
  renderMarkdown,
  type DataFrame,
  type FieldConfigEditorBuilder,
  type GrafanaTheme2,
  type PanelProps,
} from '@grafana/data';
import { BigValue, LegendDisplayMode, Table, TimeSeries, useStyles2, useTheme2 } from '@grafana/ui';
import React, { type ComponentType, type ReactNode } from 'react';

type Options = Record<string, any>;

function StandIn({ id, children }: { id: string; children: ReactNode }) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.box} data-testid={`preview-standin-${id}`}>
      {children}
      <span className={styles.badge} title="Grafana's core panel is not in any package; this preview draws a stand-in">
        stand-in: {id}
      </span>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  box: css({ position: 'relative', width: '100%', height: '100%' }),
  badge: css({
    position: 'absolute',
    right: 0,
    bottom: 0,
    padding: theme.spacing(0, 0.5),
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.disabled,
    border: `1px dashed ${theme.colors.border.medium}`,
    borderRadius: theme.shape.radius.default,
    pointerEvents: 'none',
  }),
});

/** Like Grafana's timeseries panel: a comparison query's frame is drawn over the current range. */
function alignTimeCompare(frame: DataFrame): DataFrame {
  const diffMs = (frame.meta as { timeCompare?: { diffMs: number; isTimeShiftQuery: boolean } } | undefined)
    ?.timeCompare;
  if (!diffMs?.isTimeShiftQuery) {
    return frame;
  }
  return {
    ...frame,
    fields: frame.fields.map((f) =>
      f.type === FieldType.time ? { ...f, values: f.values.map((v: number) => v - diffMs.diffMs) } : f
    ),
  };
}

function TimeSeriesStandIn({ data, width, height, timeRange, timeZone, options }: PanelProps<Options>) {
  const frames = data.series.filter((f) => f.fields.some((x) => x.type === FieldType.time)).map(alignTimeCompare);
  const legend = options.legend ?? {
    showLegend: true,
    displayMode: LegendDisplayMode.List,
    placement: 'bottom',
    calcs: [],
  };
  return (
    <StandIn id="timeseries">
      {frames.length > 0 ? (
        <TimeSeries
          frames={frames}
          width={width}
          height={height}
          timeRange={timeRange}
          timeZone={timeZone}
          legend={legend}
          options={options}
        />
      ) : (
        <div>No data</div>
      )}
    </StandIn>
  );
}

function StatStandIn({ data, width, height, options, fieldConfig, replaceVariables, timeZone }: PanelProps<Options>) {
  const theme = useTheme2();
  const values = getFieldDisplayValues({
    fieldConfig,
    reduceOptions: options.reduceOptions ?? { calcs: [ReducerID.lastNotNull], values: false },
    replaceVariables,
    theme,
    data: data.series,
    timeZone,
  });
  const each = Math.max(1, values.length);
  return (
    <StandIn id="stat">
      <div style={{ display: 'flex', width, height }}>
        {values.map((v, i) => (
          <BigValue
            key={i}
            value={v.display}
            width={width / each}
            height={height}
            theme={theme}
            colorMode={options.colorMode}
            graphMode={options.graphMode}
            textMode={options.textMode}
            justifyMode={options.justifyMode}
          />
        ))}
      </div>
    </StandIn>
  );
}

function TableStandIn({ data, width, height, options }: PanelProps<Options>) {
  const frame = data.series[0];
  return (
    <StandIn id="table">
      {frame ? <Table data={frame} width={width} height={height} initialSortBy={options.sortBy} /> : <div>No data</div>}
    </StandIn>
  );
}

function TextStandIn({ options }: PanelProps<Options>) {
  // renderMarkdown sanitizes, as Grafana's text panel does.
  return (
    <StandIn id="text">
      <div
        className="markdown-html"
        dangerouslySetInnerHTML={{ __html: renderMarkdown(String(options.content ?? '')) }}
      />
    </StandIn>
  );
}

const components: Record<string, ComponentType<PanelProps<Options>>> = {
  timeseries: TimeSeriesStandIn,
  stat: StatStandIn,
  table: TableStandIn,
  text: TextStandIn,
};

// Grafana's timeseries field defaults (its defaultGraphConfig). Registering them keeps
// a panel's custom settings (thresholdsStyle, lineStyle, fillOpacity ...) through
// applyFieldOverrides, so @grafana/ui's TimeSeries draws target lines and dashes.
const TIMESERIES_CUSTOM_DEFAULTS: Record<string, unknown> = {
  drawStyle: 'line',
  lineInterpolation: 'linear',
  lineWidth: 1,
  fillOpacity: 0,
  gradientMode: 'none',
  lineStyle: { fill: 'solid' },
  spanNulls: false,
  insertNulls: false,
  showPoints: 'auto',
  pointSize: 5,
  barAlignment: 0,
  barWidthFactor: 0.6,
  stacking: { mode: 'none', group: 'A' },
  axisPlacement: 'auto',
  axisLabel: '',
  axisColorMode: 'text',
  axisBorderShow: false,
  axisCenteredZero: false,
  axisGridShow: true,
  axisSoftMin: undefined,
  axisSoftMax: undefined,
  scaleDistribution: { type: 'linear' },
  hideFrom: { legend: false, tooltip: false, viz: false },
  thresholdsStyle: { mode: 'off' },
  transform: undefined,
  fillBelowTo: undefined,
};

const NoEditor = () => null;

function passThrough(defaults: Record<string, unknown>) {
  return (builder: FieldConfigEditorBuilder<Options>) => {
    for (const [id, defaultValue] of Object.entries(defaults)) {
      builder.addCustomEditor({
        id,
        path: id,
        name: id,
        editor: NoEditor,
        override: NoEditor,
        process: identityOverrideProcessor,
        shouldApply: () => true,
        defaultValue,
      });
    }
  };
}

export function createCorePanelStandIn(id: string): PanelPlugin | undefined {
  const component = components[id];
  if (!component) {
    return undefined;
  }
  const plugin = new PanelPlugin<Options>(component);
  return id === 'timeseries'
    ? plugin.useFieldConfig({ useCustomConfig: passThrough(TIMESERIES_CUSTOM_DEFAULTS) })
    : plugin.useFieldConfig();
}
