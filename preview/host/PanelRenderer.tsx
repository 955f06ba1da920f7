// A PanelRenderer as Grafana's: load the plugin, merge option defaults, apply the
// field config to the frames, render plugin.panel with the props a dashboard gives.
import {
  applyFieldOverrides,
  getDefaultTimeRange,
  LoadingState,
  type FieldConfigSource,
  type PanelData,
  type PanelPlugin,
  type TimeRange,
} from '@grafana/data';
import { config, getAppEvents, getTemplateSrv } from '@grafana/runtime';
import { Alert, LoadingPlaceholder } from '@grafana/ui';
import { merge } from 'lodash';
import React, { useEffect, useMemo, useState } from 'react';

import { importPanelPlugin } from './panelPlugins';

export interface PreviewPanelRendererProps {
  pluginId: string;
  title?: string;
  width: number;
  height: number;
  data?: PanelData;
  options?: Record<string, unknown>;
  fieldConfig?: FieldConfigSource;
  timeZone?: string;
  onOptionsChange?: (options: Record<string, unknown>) => void;
  onFieldConfigChange?: (config: FieldConfigSource) => void;
  onChangeTimeRange?: (range: { from: number; to: number }) => void;
  /** A dashboard's variables (a preset's); by default the template service's replace(). */
  replaceVariables?: (text: string) => string;
}

const noData = (): PanelData => ({ state: LoadingState.Done, series: [], timeRange: getDefaultTimeRange() });

export function PreviewPanelRenderer(props: PreviewPanelRendererProps) {
  const { pluginId, title = '', width, height, timeZone = 'browser' } = props;
  const [plugin, setPlugin] = useState<PanelPlugin>();
  const [error, setError] = useState<string>();
  const data = props.data ?? noData();

  useEffect(() => {
    importPanelPlugin(pluginId).then(setPlugin, (e: Error) => setError(e.message));
  }, [pluginId]);

  const options = useMemo(() => merge({}, plugin?.defaults, props.options), [plugin, props.options]);
  const fieldConfig = useMemo<FieldConfigSource>(
    () => ({
      defaults: merge({}, plugin?.fieldConfigDefaults.defaults, props.fieldConfig?.defaults),
      overrides: props.fieldConfig?.overrides ?? [],
    }),
    [plugin, props.fieldConfig]
  );
  const series = useMemo(
    () =>
      plugin
        ? applyFieldOverrides({
            data: data.series,
            fieldConfig,
            fieldConfigRegistry: plugin.fieldConfigRegistry,
            replaceVariables: (s: string) => getTemplateSrv().replace(s),
            theme: config.theme2,
            timeZone,
          })
        : [],
    [plugin, data.series, fieldConfig, timeZone]
  );

  if (error) {
    return <Alert title={`Panel plugin ${pluginId} failed to load`}>{error}</Alert>;
  }
  if (!plugin?.panel) {
    return <LoadingPlaceholder text={`Loading ${pluginId}...`} />;
  }
  const Panel = plugin.panel;
  const timeRange: TimeRange = data.timeRange;
  return (
    <Panel
      id={1}
      data={{ ...data, series }}
      timeRange={timeRange}
      timeZone={timeZone}
      options={options}
      fieldConfig={fieldConfig}
      transparent={false}
      width={width}
      height={height}
      renderCounter={0}
      title={title}
      eventBus={getAppEvents() as never}
      onOptionsChange={props.onOptionsChange ?? (() => {})}
      onFieldConfigChange={props.onFieldConfigChange ?? (() => {})}
      replaceVariables={props.replaceVariables ?? ((s: string) => getTemplateSrv().replace(s))}
      onChangeTimeRange={(r) => props.onChangeTimeRange?.({ from: r.from, to: r.to })}
    />
  );
}
