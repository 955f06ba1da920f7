import { createDataFrame, FieldType, PanelPlugin, type DataFrame, type DataQueryRequest } from '@grafana/data';
import { config, setPluginImportUtils } from '@grafana/runtime';
import { type SceneObject } from '@grafana/scenes';
import { render } from '@testing-library/react';
import React from 'react';
import { MemoryRouter } from 'react-router-dom';
import { NEVER, of } from 'rxjs';

// jsdom has no 2D canvas: Combobox measures text on one and the sparklines draw on one.
import '../../../components/kpi/testing/canvasStub';
import { type Kpi, type KpiCatalog } from '../../../kpi/types';
import { readCatalogSettings, type LoadedCatalog } from '../../../query/catalogSettings';
import { alignedSeries, makeKpi } from '../../../test-fixtures/kpiBuilders';

/** Shared by the pages' tests (not shipped: nothing outside *.test.* imports it). */

/**
 * A datasource service whose every datasource answers each target with `frame(request, refId)`: by default a
 * two-sample series of `values[refId]`.
 */
export function fakeDataSourceSrv(values: Record<string, number>, frame = twoSamples(values)) {
  const requests: DataQueryRequest[] = [];
  /**
   * Set `silent` to leave every request unanswered (the page's own cost, without the query layer's), or name
   * datasource uids in `silentUids` to leave only theirs unanswered (a slow datasource).
   */
  const control = { silent: false, silentUids: [] as string[] };
  const srv = {
    get: async (ref?: { uid?: string }) => {
      // Decided when the datasource is asked for, which happens while the page activates.
      const silent = control.silent || control.silentUids.includes(ref?.uid ?? '');
      return {
        query: (request: DataQueryRequest) => {
          requests.push(request);
          if (silent) {
            return NEVER;
          }
          return of({
            data: request.targets.map((target) => ({ ...frame(request, target.refId), refId: target.refId })),
          });
        },
      };
    },
    getInstanceSettings: () => undefined,
    getList: () => [],
    reload: async () => {},
    registerRuntimeDataSource: () => {},
  };
  return { srv, requests, control };
}

function twoSamples(values: Record<string, number>) {
  return (request: DataQueryRequest, refId: string): DataFrame => {
    const to = request.range.to.valueOf();
    return createDataFrame({
      fields: [
        { name: 'Time', type: FieldType.time, values: [to - 60_000, to - 1000] },
        { name: 'Value', type: FieldType.number, values: [values[refId] ?? 1, values[refId] ?? 1] },
      ],
    });
  };
}

/**
 * Answers as Prometheus does a range query: one sample a step (the request's intervalMs, which follows its
 * maxDataPoints), at multiples of the step within the range, valued `sli(time)`.
 */
export function steppedAnswers(sli: (time: number) => number) {
  return (request: DataQueryRequest): DataFrame =>
    alignedSeries(request.range.from.valueOf(), request.range.to.valueOf(), request.intervalMs, sli);
}

export function catalogOf(kpis: Array<Kpi | Record<string, unknown>>, extra: Partial<KpiCatalog> = {}): KpiCatalog {
  return { apiVersion: 'kpi-scorecards/v1', kind: 'KpiCatalog', kpis: kpis as Kpi[], ...extra };
}

export function loadedCatalog(catalog: unknown, jsonData: Record<string, unknown> = {}): LoadedCatalog {
  return readCatalogSettings({ catalog: catalog as KpiCatalog, catalogVersion: 1, ...jsonData });
}

/** Three good KPIs of two teams and one with an error; `deploys` is off track at the values the tests use. */
export function sampleCatalog(): KpiCatalog {
  return catalogOf(
    [
      makeKpi({
        id: 'deploys',
        name: 'Deployment frequency',
        team: 'platform',
        type: 'leading',
        drives: ['mttr'],
        objective: 'speed',
        tags: ['dora'],
      }),
      makeKpi({
        id: 'mttr',
        name: 'Time to restore',
        team: 'platform',
        type: 'lagging',
        direction: 'lower-is-better',
        target: { value: 60, atRisk: 90 },
        query: { datasource: { uid: 'prom' }, expr: 'mttr' },
      }),
      makeKpi({
        id: 'nps',
        name: 'Net promoter score',
        team: 'product',
        type: 'lagging',
        category: 'product',
        query: { datasource: { uid: 'prom' }, expr: 'nps' },
      }),
      {
        id: 'broken',
        name: 'Broken KPI',
        team: 'product',
        type: 'lagging',
        direction: 'higher-is-better',
        target: { value: 1 },
        window: '7d',
        query: { datasource: { uid: 'prom' }, expr: 'x' },
      },
    ],
    {
      objectives: [{ id: 'speed', title: 'Ship faster', owner: 'cto' }],
      scorecards: [{ id: 'exec', title: 'Executive', select: { type: 'lagging' }, layout: 'cards' }],
    }
  );
}

export function asUser(orgRole: 'Admin' | 'Editor' | 'Viewer', isGrafanaAdmin = false) {
  config.bootData.user = {
    ...config.bootData.user,
    login: `${orgRole.toLowerCase()}-user`,
    orgRole,
    isGrafanaAdmin,
    permissions: undefined,
  } as typeof config.bootData.user;
}

/** Renders a scene as the app does, inside a router (links are router links). */
export function renderScene(scene: SceneObject) {
  return render(React.createElement(MemoryRouter, null, React.createElement(scene.Component, { model: scene })));
}

/** VizPanels load their panel plugin through Grafana; here every panel is an empty one. */
export function stubPanelPlugins() {
  setPluginImportUtils({
    importPanelPlugin: async (id: string) => {
      const plugin = new PanelPlugin(() => null);
      plugin.meta = { id, name: id, type: 'panel', module: '', baseUrl: '', info: { version: '1.0.0' } } as never;
      return plugin;
    },
    getPanelPluginFromCache: () => undefined,
  });
}

/**
 * Gives elements a size, so a Combobox lists its options: it renders them in a virtual list, which shows none in
 * an element of size 0 (all of jsdom's). Undone by jest.restoreAllMocks().
 */
export function sizeElementsForComboboxes() {
  jest.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(300);
  jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(300);
}
