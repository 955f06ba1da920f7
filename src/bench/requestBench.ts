import { type DataQueryRequest } from '@grafana/data';
import { type DataSourceSrv } from '@grafana/runtime';
import { lastValueFrom, of } from 'rxjs';

import { type Kpi } from '../kpi/types';
import { planKpiRequests } from '../query/planKpiRequests';
import { runKpiQueries } from '../query/runKpiQueries';

/** Counts the datasource requests one refresh sends, through the real planner and runner. */
async function requestsPerRefresh(kpis: Kpi[]): Promise<{ requests: number; queries: number }> {
  const sent: DataQueryRequest[] = [];
  const srv = {
    get: async () => ({
      query: (request: DataQueryRequest) => {
        sent.push(request);
        return of({ data: [] });
      },
    }),
  } as unknown as DataSourceSrv;
  const plan = planKpiRequests(kpis, { now: Date.parse('2026-03-18T12:00:00Z'), timeZone: 'utc', withPrevious: true });
  await lastValueFrom(runKpiQueries(plan, srv));
  return { requests: sent.length, queries: sent.reduce((n, r) => n + r.targets.length, 0) };
}

function kpis(count: number, datasources: number, windows: string[], distinctQueries = count): Kpi[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `kpi-${i}`,
    name: `KPI ${i}`,
    team: 'bench',
    owner: 'bench',
    type: 'lagging',
    direction: 'higher-is-better',
    target: { value: 1 },
    window: windows[i % windows.length],
    query: { datasource: { type: 'prometheus', uid: `ds-${i % datasources}` }, expr: `metric_${i % distinctQueries}` },
  }));
}

export async function benchRequests(print: (name: string, value: number, digits?: number) => void) {
  const cases: Array<[string, Kpi[]]> = [
    ['100 KPIs, 2 datasources, with previous period', kpis(100, 2, ['7d'])],
    ['1000 KPIs, 5 datasources, with previous period', kpis(1000, 5, ['7d'])],
    // KPIs keep their own resolution, so each distinct window is its own request (sum/mean depend on the step).
    ['100 KPIs, 2 datasources, 4 windows, with previous period', kpis(100, 2, ['1h', '7d', '30d', 'quarter'])],
  ];
  for (const [name, set] of cases) {
    print(`requests per refresh (${name})`, (await requestsPerRefresh(set)).requests, 0);
  }
  const duplicated = await requestsPerRefresh(kpis(100, 2, ['7d'], 50));
  print('queries sent per refresh (100 KPIs, 50 distinct queries, with previous period)', duplicated.queries, 0);
}
