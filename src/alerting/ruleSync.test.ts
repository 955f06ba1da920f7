import { of, throwError } from 'rxjs';

import { grafanaRules } from '../rules/grafanaRules';
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { applyRuleSync, reviewRuleSync } from './ruleSync';

/** Grafana's folder and provisioning APIs: no folders yet, no rules; a refused title answers as Grafana does. */
let requests: Array<{ method: string; url: string; data?: { title?: string; folderUID?: string } }> = [];
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getBackendSrv: () => ({
    fetch: (options: (typeof requests)[number]) => {
      requests.push(options);
      if (options.method === 'GET') {
        return of({ data: [], status: 200 });
      }
      if (options.url === '/api/folders') {
        return of({ data: { uid: 'made-folder', title: options.data?.title }, status: 200 });
      }
      if (options.data?.title?.includes('refused')) {
        return throwError(() => ({ status: 400, data: { message: 'invalid alert rule: title too long' } }));
      }
      return of({ data: options.data, status: 201 });
    },
  }),
}));

const rules = grafanaRules([makeKpi({ id: 'deploys' }), makeKpi({ id: 'refused', name: 'refused one' })]).rules;

describe('ruleSync', () => {
  beforeEach(() => {
    requests = [];
  });

  it('makes the folder when Grafana has none, then creates every rule in it; a refused rule is named, the rest written', async () => {
    const steps = await reviewRuleSync(rules, 'KPI Scorecards');
    expect(steps.map((s) => s.kind)).toEqual(['create', 'create']);
    const result = await applyRuleSync(steps, 'KPI Scorecards');
    expect(result).toEqual({
      written: 1,
      failures: ['Off track: refused one: invalid alert rule: title too long'],
    });
    const writes = requests.filter((r) => r.method === 'POST');
    expect(writes.map((r) => [r.url, r.data?.folderUID ?? r.data?.title])).toEqual([
      ['/api/folders', 'KPI Scorecards'],
      ['/api/v1/provisioning/alert-rules', 'made-folder'],
      ['/api/v1/provisioning/alert-rules', 'made-folder'],
    ]);
  });
});
