import { PanelPlugin, type PanelProps } from '@grafana/data';
import { initPluginTranslations } from '@grafana/i18n';
import React from 'react';

import { AppErrorBoundary } from '../../components/ErrorBoundary/AppErrorBoundary';
import { PLUGIN_ID } from '../../kpi/pluginId';
import { buildPanelOptions } from './panelOptions';
import { type ScorecardOptions } from './scorecardOptions';
import { ScorecardPanel } from './ScorecardPanel';

// The panel can load without the app's module (a dashboard with just this panel): it sets up t() itself, in the
// app's namespace, so the shared KPI pieces read the same strings in both. Not awaited: t() is ready a microtask
// later, long before Grafana renders the panel, and a top-level await would keep the module out of jest.
void initPluginTranslations(PLUGIN_ID);

// A panel that throws shows why in its own frame and offers to try again; the dashboard around it stays.
function ScorecardPanelInBoundary(props: PanelProps<ScorecardOptions>) {
  return (
    <AppErrorBoundary>
      <ScorecardPanel {...props} />
    </AppErrorBoundary>
  );
}

export const plugin = new PanelPlugin<ScorecardOptions>(ScorecardPanelInBoundary).setPanelOptions(buildPanelOptions);
