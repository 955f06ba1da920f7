// /preview/preset: the scorecard panels of one of the app's bundled dashboards
// (dist/dashboards/<name>.json), each with its options, size and title, in the
// dashboard's order and time range. Template variables get their value from
// `var-<name>` (repeatable, as in Grafana's URLs) or the dashboard's current value.
// The dashboard's other panels (Grafana's core ones) are left out: this shows the
// app's panel as a preset configures it, not a dashboard.
//   ?dashboard=executive|oncall|debug  &var-team=sre  &from=now-30d&to=now  &width=1200
import { dateMath, getDefaultTimeRange, type ScopedVars, type TimeRange } from '@grafana/data';
import { getBackendSrv } from '@grafana/runtime';
import { Alert } from '@grafana/ui';
import React, { useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router-dom';

import { nestedPanel } from './panelPlugins';
import { previewTemplateSrv } from './templateSrv';
import { PresetPanel } from './PresetPanel';
import { type PanelQueries } from './usePanelQueries';

export interface DashboardPanel extends PanelQueries {
  type: string;
  title?: string;
  gridPos?: { h: number; w: number; x: number; y: number };
  options?: Record<string, unknown>;
  panels?: DashboardPanel[];
}

interface Dashboard {
  title: string;
  time?: { from: string; to: string };
  panels: DashboardPanel[];
  templating?: { list: Array<{ name: string; current?: { value?: string | string[] } }> };
}

// Grafana's grid: 24 columns, 30 px rows with 8 px between them.
const ROW_PX = 30;
const GAP_PX = 8;

function scorecardPanels(panels: DashboardPanel[], pluginId: string): DashboardPanel[] {
  const flat = panels.flatMap((p) => [p, ...(p.panels ?? [])]).filter((p) => p.type === pluginId);
  const pos = (p: DashboardPanel) => (p.gridPos ? p.gridPos.y * 24 + p.gridPos.x : 0);
  return flat.sort((a, b) => pos(a) - pos(b));
}

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
  const [error, setError] = useState<string>();
  const scorecard = nestedPanel('scorecard');
  const appId = scorecard?.module.split('/')[2];

  useEffect(() => {
    if (!appId) {
      return;
    }
    getBackendSrv()
      .get<Dashboard>(`/public/plugins/${appId}/dashboards/${encodeURIComponent(name)}.json`)
      .then(setDashboard, (e: { status?: number }) => setError(`No dashboard "${name}" (${e.status ?? 'error'})`));
  }, [appId, name]);

  // The dashboard's variables (the URL's var-* win), multi-value ones in Grafana's `pipe` format, as the
  // panel asks for them; replaced by the host's template service like any scoped variable.
  const { replaceVariables, vars } = useMemo(() => {
    const vars: ScopedVars = {};
    const set = (name: string, value: string) => (vars[name] = { text: value, value });
    for (const v of dashboard?.templating?.list ?? []) {
      const current = v.current?.value;
      set(v.name, Array.isArray(current) ? current.join('|') : String(current ?? ''));
    }
    for (const key of new Set(params.keys())) {
      if (key.startsWith('var-')) {
        set(key.slice(4), params.getAll(key).join('|'));
      }
    }
    return { vars, replaceVariables: (text: string) => previewTemplateSrv.replace(text, vars) };
  }, [dashboard, params]);
  const range = useMemo(
    () =>
      toRange(
        params.get('from') ?? dashboard?.time?.from ?? 'now-6h',
        params.get('to') ?? dashboard?.time?.to ?? 'now'
      ),
    [params, dashboard]
  );

  if (error || !appId) {
    return <Alert title="Preset preview">{error ?? 'No scorecard panel in the built plugin'}</Alert>;
  }
  if (!dashboard || !scorecard) {
    return null;
  }
  const column = (width - 23 * GAP_PX) / 24;
  return (
    <div style={{ padding: 16, width: width + 32 }} data-testid="preview-preset">
      <h2>{dashboard.title}</h2>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: GAP_PX }}>
        {scorecardPanels(dashboard.panels, scorecard.id).map((panel, i) => {
          const { w, h } = panel.gridPos ?? { w: 24, h: 8 };
          const pw = Math.floor(w * column + (w - 1) * GAP_PX);
          const ph = h * ROW_PX + (h - 1) * GAP_PX;
          // A title reads "All" where the variable is all, as Grafana's text format gives.
          const title = replaceVariables(panel.title ?? '').replace(/\$__all/g, 'All');
          return (
            <PresetPanel
              key={i}
              panel={panel}
              pluginId={scorecard.id}
              title={title}
              width={pw}
              height={ph}
              range={range}
              vars={vars}
              replaceVariables={replaceVariables}
            />
          );
        })}
      </div>
    </div>
  );
}
