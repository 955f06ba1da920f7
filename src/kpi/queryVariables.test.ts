import { makeKpi } from '../test-fixtures/kpiBuilders';
import { problemText } from './problemsText';
import { viewerVariables } from './queryVariables';
import { validateCatalog } from './validateCatalog';

const errorsOf = (kpi: Record<string, unknown>) =>
  validateCatalog({ apiVersion: 'kpi-scorecards/v1', kind: 'KpiCatalog', kpis: [{ ...makeKpi(), ...kpi }] })
    .problems.filter((p) => p.severity === 'error')
    .map(problemText);

describe('variables in a KPI query', () => {
  it.each([
    'sum(rate(x[$__rate_interval]))',
    'sum(increase(x[$__range]))',
    'max_over_time(up[${__range_s}s:${__interval}])',
    'SELECT count(*) FROM deploys WHERE $__timeFilter(at)',
    'sum by (le) (rate(x{path=~"/api/.*$"}[5m]))',
  ])('accepts the time macros the datasource fills from the span: %s', (expr) => {
    expect(viewerVariables({ expr })).toEqual([]);
  });

  it.each([
    ['${__user.login}', 'sum(x{user="${__user.login}"})'],
    ['${__url.params}', 'sum(x{${__url.params}})'],
    ['$__org', 'sum(x{org="$__org"})'],
    ['$__timezone', 'sum(x{tz="$__timezone"})'],
    ['$env', 'sum(x{env="$env"})'],
    ['[[env:csv]]', 'sum(x{env=~"[[env:csv]]"})'],
    ['${env:regex}', 'sum(x{env=~"${env:regex}"})'],
  ])('refuses %s at its place, saying why', (written, expr) => {
    expect(errorsOf({ query: { datasource: { uid: 'prom' }, expr } })).toEqual([
      expect.stringMatching(
        new RegExp(
          `^kpis\\[0\\] \\(deployment-frequency\\)\\.query\\.expr: ${written.replace(/[$[\]{}.]/g, '\\$&')} is not a time macro`
        )
      ),
    ]);
  });

  it('reads every text of the query and of an SLO good/total, not the datasource reference', () => {
    const uses = viewerVariables({
      query: { datasource: { uid: '$ds' }, targets: [{ query: 'a' }, { query: 'b{$team}' }] },
      slo: { total: { expr: 'sum(${__user.id})' } },
    });
    expect(uses).toEqual([
      { path: ['query', 'targets', 1, 'query'], written: '$team' },
      { path: ['slo', 'total', 'expr'], written: '${__user.id}' },
    ]);
  });
});
