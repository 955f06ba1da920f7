import {
  dateTime,
  LoadingState,
  type DataQueryRequest,
  type InterpolateFunction,
  type PanelData,
  type PanelProps,
  type TimeRange,
} from '@grafana/data';
import { getDataSourceSrv } from '@grafana/runtime';
import { act, render } from '@testing-library/react';
import React from 'react';

import { catalogOf, NOW } from '../../../components/kpi/testing/catalogFixture';
import { fakeBackendSrv, fakeDatasource, type Answer } from '../../../components/kpi/testing/fakeGrafana';
import { runKpiTable } from '../../../datasource/runKpiTable';
import { type Kpi, type KpiCatalog } from '../../../kpi/types';
import { fetchCatalog } from '../../../query/catalogSettings';
import { legacyTarget } from '../legacyTarget';
import { DEFAULT_OPTIONS, type ScorecardOptions } from '../scorecardOptions';
import { ScorecardPanel } from '../ScorecardPanel';
import { runtimeStubs } from './mockRuntime';

export interface PanelSetup {
  options?: Partial<ScorecardOptions>;
  timeRange?: TimeRange;
  replaceVariables?: InterpolateFunction;
  width?: number;
  height?: number;
}

export function timeRangeEndingAt(to: number, raw: TimeRange['raw'] = { from: 'now-7d', to: 'now' }): TimeRange {
  return { from: dateTime(to - 7 * 24 * 3600_000), to: dateTime(to), raw };
}

/** Props as Grafana hands them to a panel; only what the scorecard reads is filled in with care. */
export function panelProps({ options, timeRange, replaceVariables, width = 1200, height = 800 }: PanelSetup = {}) {
  return {
    id: 1,
    title: 'Scorecard',
    data: { series: [], state: 'Done', timeRange: timeRange ?? timeRangeEndingAt(NOW) },
    timeRange: timeRange ?? timeRangeEndingAt(NOW),
    timeZone: 'utc',
    options: { ...DEFAULT_OPTIONS, ...options },
    fieldConfig: { defaults: {}, overrides: [] },
    transparent: false,
    width,
    height,
    renderCounter: 0,
    replaceVariables: replaceVariables ?? ((s: string) => s),
    onOptionsChange: jest.fn(),
    onFieldConfigChange: jest.fn(),
    onChangeTimeRange: jest.fn(),
    eventBus: {},
  } as unknown as PanelProps<ScorecardOptions>;
}

/**
 * Renders the panel as a dashboard does: its KPI datasource query (the one its options select, legacyTarget)
 * runs through the datasource's table path on the faked services, and each answer reaches the panel as
 * `data`, the way Grafana's query runner hands it over.
 */
export function renderPanel(setup: PanelSetup = {}) {
  const props = panelProps(setup);
  const loading: PanelData = { state: LoadingState.Loading, series: [], timeRange: props.timeRange };
  const view = render(<ScorecardPanel {...props} data={loading} />);
  const rerender = view.rerender;
  const target = legacyTarget(props.options);
  const request = {
    targets: [target],
    range: props.timeRange,
    timezone: props.timeZone,
    scopedVars: {},
  } as unknown as DataQueryRequest;
  const replace = (setup.replaceVariables ?? ((s: string) => s)) as InterpolateFunction;
  let latest = props;
  let markSettled = () => {};
  const settled = new Promise<void>((resolve) => (markSettled = resolve));
  const subscription = runKpiTable(target, request, {
    dsSrv: getDataSourceSrv(),
    replace,
    catalog: fetchCatalog,
  }).subscribe((packet) => {
    const data: PanelData = {
      state: packet.state ?? LoadingState.Done,
      series: packet.data,
      errors: packet.errors,
      timeRange: props.timeRange,
    };
    latest = { ...latest, data };
    act(() => rerender(<ScorecardPanel {...latest} />));
    if (data.state !== LoadingState.Loading) {
      markSettled();
    }
  });
  return {
    ...view,
    /** Resolves once the query's last answer is on screen (state no longer Loading). */
    settled,
    /** Renders again with other props (new options re-run nothing: the query is the first options'). */
    rerender: (element: React.ReactElement) => rerender(element),
    unmount: () => {
      subscription.unsubscribe();
      view.unmount();
    },
  };
}

/** Puts a catalog behind the settings API and a datasource answering per KPI id; returns the datasource. */
export function serveCatalog(kpis: Kpi[] | KpiCatalog | string, answers: Record<string, Answer> = {}) {
  const catalog = Array.isArray(kpis) ? catalogOf(kpis) : kpis;
  runtimeStubs.backend = fakeBackendSrv({ catalog });
  const ds = fakeDatasource(answers);
  runtimeStubs.ds = ds;
  return ds;
}
