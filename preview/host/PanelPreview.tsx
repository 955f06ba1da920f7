// /preview/panel: one panel plugin (a nested panel of this app, or a core
// stand-in) in a PanelChrome, fed by the same datasource path as the app.
//   ?plugin=<panel id, or <name> of dist/panels/<name>/>  &spec=<repo path of a panel JSON/YAML>  or &panel=<panel JSON>
//   &expr=<PromQL> (repeatable)  &options=<JSON>  &fieldConfig=<JSON>
//   &from=now-6h&to=now  &width=800&height=400  &title=...
// A spec is a dashboard panel: { type, title, options, fieldConfig, targets }.
import {
  dateMath,
  getDefaultTimeRange,
  LoadingState,
  rangeUtil,
  type DataQueryRequest,
  type FieldConfigSource,
  type PanelData,
  type TimeRange,
} from '@grafana/data';
import { config, getBackendSrv, getDataSourceSrv, getRunRequest } from '@grafana/runtime';
import { Alert, PanelChrome } from '@grafana/ui';
import React, { useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router-dom';

import { legacyTarget } from '../../src/panels/scorecard/legacyTarget';
import { nestedPanel } from './panelPlugins';
import { PreviewPanelRenderer } from './PanelRenderer';

import type { PromQuery } from './prometheusDatasource';

interface PanelSpec {
  type?: string;
  title?: string;
  options?: Record<string, unknown>;
  fieldConfig?: FieldConfigSource;
  targets?: PromQuery[];
}

const json = <T,>(text: string | null): T | undefined => (text ? (JSON.parse(text) as T) : undefined);

/** A panel id, or the <name> of dist/panels/<name>/ as a convenience. */
function resolvePanelId(name: string): string {
  if (config.panels[name]) {
    return name;
  }
  return nestedPanel(name)?.id ?? name;
}

function firstNestedPanel(): string {
  const nested = Object.values(config.panels).find((p) => !p.module.startsWith('core:'));
  return nested?.id ?? 'timeseries';
}

function toTimeRange(from: string, to: string): TimeRange {
  const f = dateMath.parse(from, false);
  const t = dateMath.parse(to, true);
  if (!f?.isValid() || !t?.isValid()) {
    return getDefaultTimeRange();
  }
  return { from: f, to: t, raw: { from, to } };
}

async function readSpec(params: URLSearchParams): Promise<PanelSpec> {
  const path = params.get('spec');
  const fromFile = path ? await getBackendSrv().get<PanelSpec>('/preview/spec', { path }) : {};
  const inline = json<PanelSpec>(params.get('panel')) ?? {};
  const exprs = params.getAll('expr');
  const spec: PanelSpec = { ...fromFile, ...inline };
  const type = resolvePanelId(params.get('plugin') ?? spec.type ?? firstNestedPanel());
  const options = json<Record<string, unknown>>(params.get('options')) ?? spec.options ?? {};
  const given =
    exprs.length > 0 ? exprs.map((expr, i) => ({ refId: String.fromCharCode(65 + i), expr })) : (spec.targets ?? []);
  // A scorecard without targets: the KPI datasource query its options select (legacyTarget), as the bundled
  // dashboards carry it; a shorthand of this preview, so a check can give the selection as options.
  const scorecard = type === nestedPanel('scorecard')?.id && given.length === 0;
  return {
    ...spec,
    type,
    title: params.get('title') ?? spec.title ?? '',
    options,
    fieldConfig: json(params.get('fieldConfig')) ?? spec.fieldConfig ?? { defaults: {}, overrides: [] },
    targets: scorecard ? [legacyTarget(options) as unknown as PromQuery] : given,
  };
}

export function PanelPreview() {
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const width = Number(params.get('width') ?? 800);
  const height = Number(params.get('height') ?? 400);
  const [spec, setSpec] = useState<PanelSpec>();
  const [error, setError] = useState<string>();
  const [range, setRange] = useState(() => toTimeRange(params.get('from') ?? 'now-6h', params.get('to') ?? 'now'));
  const [data, setData] = useState<PanelData>({ state: LoadingState.NotStarted, series: [], timeRange: range });

  useEffect(() => {
    readSpec(params).then(setSpec, (e: Error) => setError(e.message));
  }, [params]);

  useEffect(() => {
    const targets = spec?.targets ?? [];
    if (targets.length === 0) {
      return;
    }
    const interval = rangeUtil.calculateInterval(range, width);
    const request = {
      app: 'preview',
      requestId: 'preview-panel',
      timezone: 'browser',
      range,
      interval: interval.interval,
      intervalMs: interval.intervalMs,
      maxDataPoints: width,
      targets,
      scopedVars: {},
      startTime: Date.now(),
    } as unknown as DataQueryRequest<PromQuery>;
    let unsubscribe = () => {};
    getDataSourceSrv()
      .get((targets[0] as { datasource?: { uid: string } }).datasource ?? null) // else the default, as a new panel gets
      .then(
        (ds) => {
          const sub = getRunRequest()(ds, request).subscribe(setData);
          unsubscribe = () => sub.unsubscribe();
        },
        (e: Error) => setError(e.message)
      );
    return () => unsubscribe();
  }, [spec, range, width]);

  if (error) {
    return <Alert title="Panel preview">{error}</Alert>;
  }
  if (!spec) {
    return null;
  }
  // Nothing to query: the panel gets an empty, finished result.
  const panelData = spec.targets?.length ? data : { state: LoadingState.Done, series: [], timeRange: range };
  return (
    <div style={{ padding: 16 }} data-testid="preview-panel">
      <PanelChrome
        title={spec.title}
        width={width}
        height={height}
        loadingState={data.state}
        statusMessage={data.error?.message}
      >
        {(innerWidth, innerHeight) => (
          <PreviewPanelRenderer
            pluginId={spec.type!}
            title={spec.title}
            width={innerWidth}
            height={innerHeight}
            data={panelData}
            options={spec.options}
            fieldConfig={spec.fieldConfig}
            onOptionsChange={(options) => setSpec({ ...spec, options })}
            onChangeTimeRange={({ from, to }) => setRange(toTimeRange(String(from), String(to)))}
          />
        )}
      </PanelChrome>
    </div>
  );
}
