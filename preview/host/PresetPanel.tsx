// One dashboard panel of a preset: a row is a heading; any other panel runs its queries as a dashboard runs
// them (usePanelQueries, with its repeat's scopedVars) and is drawn by its plugin (the app's panels, or the
// core panels' stand-ins in corePanels.tsx) in Grafana's PanelChrome, with Inspect > Data in its header.
import { config } from '@grafana/runtime';
import { Alert, IconButton, PanelChrome } from '@grafana/ui';
import React, { useMemo, useState } from 'react';

import { InspectData } from './InspectData';
import { PreviewPanelRenderer } from './PanelRenderer';
import { previewTemplateSrv } from './templateSrv';
import { usePanelQueries, type PanelQueries } from './usePanelQueries';

import type { RepeatablePanel } from './repeatPanels';
import type { FieldConfigSource, ScopedVars, TimeRange } from '@grafana/data';

export interface DashboardPanel extends PanelQueries, RepeatablePanel {
  options?: Record<string, unknown>;
  fieldConfig?: FieldConfigSource;
  panels?: DashboardPanel[];
}

interface Props {
  panel: DashboardPanel;
  width: number;
  height: number;
  range: TimeRange;
  scopedVars: ScopedVars;
}

export function PresetPanel({ panel, width, height, range, scopedVars }: Props) {
  const replaceVariables = useMemo(() => (text: string) => previewTemplateSrv.replace(text, scopedVars), [scopedVars]);
  const title = replaceVariables(panel.title ?? '');
  if (panel.type === 'row') {
    return (
      <h3 style={{ width, margin: 0 }} data-testid="preview-preset-row">
        {title}
      </h3>
    );
  }
  return (
    <div data-testid="preview-preset-panel" data-title={title} data-type={panel.type}>
      {config.panels[panel.type] ? (
        <QueriedPanel {...{ panel, width, height, range, scopedVars, title, replaceVariables }} />
      ) : (
        <PanelChrome title={title} width={width} height={height}>
          {() => (
            <Alert title={`${panel.type}: not in this preview`}>
              Grafana draws this panel; the preview has no stand-in for it.
            </Alert>
          )}
        </PanelChrome>
      )}
    </div>
  );
}

function QueriedPanel(props: Props & { title: string; replaceVariables: (text: string) => string }) {
  const { panel, width, height, range, scopedVars, title, replaceVariables } = props;
  const data = usePanelQueries(panel, range, scopedVars);
  const [inspecting, setInspecting] = useState(false);
  return (
    <>
      <PanelChrome
        title={title}
        width={width}
        height={height}
        loadingState={data.state}
        statusMessage={data.errors?.map((e) => e.message).join('; ')}
        actions={<IconButton name="info-circle" tooltip="Inspect data" onClick={() => setInspecting(true)} />}
      >
        {(innerWidth, innerHeight) => (
          <PreviewPanelRenderer
            pluginId={panel.type}
            title={title}
            width={innerWidth}
            height={innerHeight}
            data={data}
            options={panel.options}
            fieldConfig={panel.fieldConfig}
            replaceVariables={replaceVariables}
          />
        )}
      </PanelChrome>
      {inspecting && <InspectData title={title} frames={data.series} onClose={() => setInspecting(false)} />}
    </>
  );
}
