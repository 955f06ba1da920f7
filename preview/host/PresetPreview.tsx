// /preview/preset: one of the app's bundled dashboards (dist/dashboards/<name>.json) as Grafana shows it: its
// query variables filled by their datasource's metricFindQuery (presetVariables.ts), its panels in the
// dashboard's order and sizes, repeated by a variable where they say so (repeatPanels.ts), each running its
// queries (the app's panels drawn by their plugins, Grafana's core ones by the stand-ins in corePanels.tsx).
//   ?dashboard=executive|oncall|debug  &var-team=sre (repeatable)  &from=now-30d&to=now  &width=1200
import { dateMath, getDefaultTimeRange, type TimeRange } from '@grafana/data';
import { getBackendSrv } from '@grafana/runtime';
import { Alert } from '@grafana/ui';
import React, { useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router-dom';

import { nestedPanel } from './panelPlugins';
import { PresetPanel, type DashboardPanel } from './PresetPanel';
import { PresetVariablePicker } from './PresetVariablePicker';
import {
  loadPresetVariables,
  variablesAsScopedVars,
  type DashboardVariable,
  type PresetVariable,
} from './presetVariables';
import { repeatPanels } from './repeatPanels';

interface Dashboard {
  title: string;
  time?: { from: string; to: string };
  panels: DashboardPanel[];
  templating?: { list: DashboardVariable[] };
}

// Grafana's grid: 24 columns, 30 px rows with 8 px between them.
const ROW_PX = 30;
const GAP_PX = 8;

function toRange(from: string, to: string): TimeRange {
  const f = dateMath.parse(from, false);
  const t = dateMath.parse(to, true);
  return f?.isValid() && t?.isValid() ? { from: f, to: t, raw: { from, to } } : getDefaultTimeRange();
}

export function PresetPreview() {
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const name = params.get('dashboard') ?? 'executive';
  const width = Number(params.get('width') ?? 1200);
  const [dashboard, setDashboard] = useState<Dashboard>();
  const [variables, setVariables] = useState<PresetVariable[]>();
  const [error, setError] = useState<string>();
  const appId = nestedPanel('scorecard')?.module.split('/')[2];

  useEffect(() => {
    if (!appId) {
      return;
    }
    getBackendSrv()
      .get<Dashboard>(`/public/plugins/${appId}/dashboards/${encodeURIComponent(name)}.json`)
      .then(setDashboard, (e: { status?: number }) => setError(`No dashboard "${name}" (${e.status ?? 'error'})`));
  }, [appId, name]);

  // Variables refresh on load, and again when the URL's var-* change (a picker's choice).
  const varParams = [...params.entries()].filter(([k]) => k.startsWith('var-')).join('&');
  useEffect(() => {
    if (dashboard) {
      loadPresetVariables(dashboard.templating?.list ?? [], new URLSearchParams(search)).then(setVariables);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dashboard, varParams]);

  const range = useMemo(
    () =>
      toRange(
        params.get('from') ?? dashboard?.time?.from ?? 'now-6h',
        params.get('to') ?? dashboard?.time?.to ?? 'now'
      ),
    [params, dashboard]
  );
  const laidOut = useMemo(
    () => (dashboard && variables ? repeatPanels(dashboard.panels, variables, variablesAsScopedVars(variables)) : []),
    [dashboard, variables]
  );

  if (error || !appId) {
    return <Alert title="Preset preview">{error ?? 'No scorecard panel in the built plugin'}</Alert>;
  }
  if (!dashboard || !variables) {
    return null;
  }
  const column = (width - 23 * GAP_PX) / 24;
  return (
    <div style={{ padding: 16, width: width + 32 }} data-testid="preview-preset">
      <h2>{dashboard.title}</h2>
      <PresetVariablePicker variables={variables} />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: GAP_PX, marginTop: GAP_PX }}>
        {laidOut.map(({ panel, key, gridPos, scopedVars }) => {
          const { w, h } = gridPos;
          return (
            <PresetPanel
              key={key}
              panel={panel}
              width={Math.floor(w * column + (w - 1) * GAP_PX)}
              height={panel.type === 'row' ? ROW_PX : h * ROW_PX + (h - 1) * GAP_PX}
              range={range}
              scopedVars={scopedVars}
            />
          );
        })}
      </div>
    </div>
  );
}
