import { readCatalogText } from './catalogYaml';
import { placeText } from './places';

const provisioning = (expr: string) => `apiVersion: 1
apps:
  - type: kpi-scorecards-app
    jsonData:
      catalog:
        apiVersion: kpi-scorecards/v1
        kind: KpiCatalog
        kpis:
          - { id: api, query: { datasource: { uid: p }, expr: '${expr}' } }
`;

describe('catalogs in provisioning files, as Grafana reads them', () => {
  it('turns $$ into $, as Grafana does', () => {
    const { catalog, warnings } = readCatalogText(provisioning('rate(x[$$__rate_interval])'));
    expect((catalog as { kpis: Array<{ query: { expr: string } }> }).kpis[0].query.expr).toBe(
      'rate(x[$__rate_interval])'
    );
    expect(warnings).toEqual([]);
  });

  it('warns where Grafana would take $NAME from the environment, naming the KPI and field', () => {
    const { warnings } = readCatalogText(provisioning('rate(x[$__rate_interval]) * ${SCALE}'));
    expect(warnings.map((w) => [placeText(w.at), w.message.slice(0, 40)])).toEqual([
      ['kpis[0] (api).query.expr', 'Grafana replaces $__rate_interval with t'],
      ['kpis[0] (api).query.expr', 'Grafana replaces ${SCALE} with the envir'],
    ]);
  });

  it('leaves a catalog file (not provisioning) exactly as written', () => {
    const { catalog, warnings } = readCatalogText('kpis: [{ id: a, query: { expr: "a[$__range] $$" } }]');
    expect((catalog as { kpis: Array<{ query: { expr: string } }> }).kpis[0].query.expr).toBe('a[$__range] $$');
    expect(warnings).toEqual([]);
  });
});
