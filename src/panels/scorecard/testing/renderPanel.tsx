import React from 'react';
import { render } from '@testing-library/react';
import { InterpolateFunction, PanelProps, TimeRange, dateTime } from '@grafana/data';
import { ScorecardPanel } from '../ScorecardPanel';
import { DEFAULT_OPTIONS, ScorecardOptions } from '../scorecardOptions';
import { NOW, catalogOf } from '../../../components/kpi/testing/catalogFixture';
import { Answer, fakeBackendSrv, fakeDatasource } from '../../../components/kpi/testing/fakeGrafana';
import { Kpi, KpiCatalog } from '../../../kpi/types';
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

export function renderPanel(setup: PanelSetup = {}) {
  return render(<ScorecardPanel {...panelProps(setup)} />);
}

/** Puts a catalog behind the settings API and a datasource answering per KPI id; returns the datasource. */
export function serveCatalog(kpis: Kpi[] | KpiCatalog | string, answers: Record<string, Answer> = {}) {
  const catalog = Array.isArray(kpis) ? catalogOf(kpis) : kpis;
  runtimeStubs.backend = fakeBackendSrv({ catalog });
  const ds = fakeDatasource(answers);
  runtimeStubs.ds = ds;
  return ds;
}
