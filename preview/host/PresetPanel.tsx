// One panel of a preset: its queries run as a dashboard runs them (usePanelQueries), the panel plugin rendered
// in a PanelChrome, and an "Inspect data" action (InspectData, the stand-in for Grafana's Inspect > Data).
import { type ScopedVars, type TimeRange } from '@grafana/data';
import { IconButton, PanelChrome } from '@grafana/ui';
import React, { useState } from 'react';

import { InspectData } from './InspectData';
import { PreviewPanelRenderer } from './PanelRenderer';
import { type DashboardPanel } from './PresetPreview';
import { usePanelQueries } from './usePanelQueries';

interface PresetPanelProps {
  panel: DashboardPanel;
  pluginId: string;
  title: string;
  width: number;
  height: number;
  range: TimeRange;
  vars: ScopedVars;
  replaceVariables: (text: string) => string;
}

/** One panel with its queries run as a dashboard runs them, and Inspect > Data in its header. */
export function PresetPanel({
  panel,
  pluginId,
  title,
  width,
  height,
  range,
  vars,
  replaceVariables,
}: PresetPanelProps) {
  const data = usePanelQueries(panel, range, vars);
  const [inspecting, setInspecting] = useState(false);
  return (
    <div data-testid="preview-preset-panel" data-title={title}>
      <PanelChrome
        title={title}
        width={width}
        height={height}
        actions={<IconButton name="info-circle" tooltip="Inspect data" onClick={() => setInspecting(true)} />}
      >
        {(innerWidth, innerHeight) => (
          <PreviewPanelRenderer
            pluginId={pluginId}
            title={title}
            width={innerWidth}
            height={innerHeight}
            data={data}
            options={panel.options}
            replaceVariables={replaceVariables}
          />
        )}
      </PanelChrome>
      {inspecting && <InspectData title={title} frames={data.series} onClose={() => setInspecting(false)} />}
    </div>
  );
}
