/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import { dateTime, LoadingState, type DataQueryRequest, type DataSourceInstanceSettings } from '@grafana/data';
import { lastValueFrom, toArray } from 'rxjs';

import { catalogOf, kpi } from '../components/kpi/testing/catalogFixture';
import { fakeBackendSrv, fakeDatasource } from '../components/kpi/testing/fakeGrafana';
import { runtimeStubs } from '../panels/scorecard/testing/mockRuntime';
import { KpiDataSource } from './KpiDataSource';
import { type KpiDsQuery } from './kpiQuery';

jest.mock('@grafana/runtime', () => jest.requireActual('../panels/scorecard/testing/mockRuntime').mockRuntime());

const NOW = Date.parse('2026-02-15T00:00:00Z');
const catalog = catalogOf(
  [
    kpi({ id: 'deploys', team: 'platform', tags: ['dora'], category: 'engineering', objective: 'ship' }),
    kpi({ id: 'nps', name: 'NPS', team: 'product', tags: ['voice'], category: 'product' }),
    kpi({ id: 'api', team: 'platform', unit: 'percent', slo: { objective: 99 }, target: { value: 99 } }),
  ],
  { objectives: [{ id: 'ship', title: 'Ship faster' }] }
);
const ds = new KpiDataSource({
  uid: 'kpi-scorecards',
  type: 'kpi-scorecards-datasource',
} as DataSourceInstanceSettings);

function request(targets: KpiDsQuery[]): DataQueryRequest<KpiDsQuery> {
  const to = dateTime(NOW);
  const from = dateTime(NOW - 86_400_000);
  return { targets, range: { from, to, raw: { from, to } }, timezone: 'utc', scopedVars: {} } as never;
}

async function packets(targets: KpiDsQuery[]) {
  return lastValueFrom(ds.query(request(targets)).pipe(toArray()));
}

beforeEach(() => {
  runtimeStubs.backend = fakeBackendSrv({ catalog });
  runtimeStubs.ds = fakeDatasource({
    deploys: { kind: 'series', value: () => 12 },
    nps: { kind: 'series', value: () => 40 },
    api: { kind: 'series', value: () => 99.5 },
  });
});

describe('KpiDataSource', () => {
  it('lists teams, objectives, categories, tags and KPI ids for dashboard variables', async () => {
    expect(await ds.metricFindQuery('teams')).toEqual([
      { text: 'platform', value: 'platform' },
      { text: 'product', value: 'product' },
    ]);
    expect(await ds.metricFindQuery('objectives')).toEqual([{ text: 'Ship faster', value: 'ship' }]);
    expect((await ds.metricFindQuery('categories')).map((v) => v.value)).toEqual(['engineering', 'product']);
    expect((await ds.metricFindQuery('tags')).map((v) => v.value)).toEqual(['dora', 'voice']);
    expect((await ds.metricFindQuery({ kind: 'kpis' })).map((v) => v.value)).toEqual(['api', 'deploys', 'nps']);
    await expect(ds.metricFindQuery('owners')).rejects.toThrow(/teams, objectives, categories, tags, kpis/);
  });

  it('answers each target by its query type, keyed by refId so Grafana keeps every target’s frames', async () => {
    const all = await packets([
      { refId: 'A', queryType: 'kpis', team: 'platform' },
      { refId: 'B', queryType: 'series', kpi: 'nps' },
      { refId: 'C', queryType: 'budget', kpi: 'api' },
    ]);
    const last = (refId: string) => all.filter((p) => p.key === refId).pop()!;
    expect(last('A').state).toBe(LoadingState.Done);
    expect(last('A').data[0].fields[0].values).toEqual(['deploys', 'api']);
    expect(last('B').data[0].fields.map((f: { name: string }) => f.name)).toEqual([
      'Time',
      'Value',
      'target',
      'at risk',
    ]);
    expect(last('C').data[0].fields.find((f: { name: string }) => f.name === 'budget left').values[0]).toBeCloseTo(0.5);
  });

  it('names a series query’s missing KPI, and a budget query on a KPI without an SLO', async () => {
    const all = await packets([
      { refId: 'A', queryType: 'series', kpi: 'nope' },
      { refId: 'B', queryType: 'budget', kpi: 'nps' },
    ]);
    const messages = all.flatMap((p) => p.errors ?? []).map((e) => e.message);
    expect(messages).toEqual(['query A: the catalog has no KPI "nope"', 'query B: the KPI "nps" has no slo']);
  });

  it('tests the catalog: how many valid KPIs it has', async () => {
    expect(await ds.testDatasource()).toEqual({ status: 'success', message: 'The KPI catalog has 3 valid KPIs' });
  });
});
