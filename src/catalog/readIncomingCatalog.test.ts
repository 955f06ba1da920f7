import { readIncomingCatalog } from './readIncomingCatalog';

/** An app provisioning file whose catalog holds one valid KPI with this query. */
const provisioning = (expr: string) => `apiVersion: 1
apps:
  - type: kpi-scorecards-app
    jsonData:
      catalog:
        apiVersion: kpi-scorecards/v1
        kind: KpiCatalog
        kpis:
          - id: api
            name: API latency
            description: p95 latency of the public API.
            team: platform
            owner: jane@example.com
            type: leading
            direction: lower-is-better
            target: { value: 300 }
            window: 7d
            cadence: weekly
            query: { datasource: { uid: p }, expr: '${expr}' }
`;

/** The warnings about the environment, not the catalog's own lint (this one-KPI team has only leading KPIs). */
const environmentWarnings = (warnings: string[]) => warnings.filter((line) => line.includes('environment variable'));

describe('readIncomingCatalog', () => {
  it('warns, with the place in the file, where Grafana would take $NAME from the environment, and still applies', () => {
    const incoming = readIncomingCatalog(provisioning('rate(x[$__rate_interval]) * ${__range_s}'));
    expect(incoming.errors).toEqual([]);
    expect(environmentWarnings(incoming.warnings)).toEqual([
      'apps[0].jsonData.catalog.kpis[0] (api).query.expr: Grafana replaces $__rate_interval with the environment variable __rate_interval when it reads a provisioning file; write $$__rate_interval to keep it for the datasource',
      'apps[0].jsonData.catalog.kpis[0] (api).query.expr: Grafana replaces ${__range_s} with the environment variable __range_s when it reads a provisioning file; write $${__range_s} to keep it for the datasource',
    ]);
    expect(incoming.catalog?.kpis[0].query.expr).toBe('rate(x[$__rate_interval]) * ${__range_s}');
  });

  it('reads $$ in a provisioning file as $, as Grafana does, without a warning', () => {
    const incoming = readIncomingCatalog(provisioning('rate(x[$$__rate_interval])'));
    expect(incoming.errors).toEqual([]);
    expect(environmentWarnings(incoming.warnings)).toEqual([]);
    expect(incoming.catalog?.kpis[0].query.expr).toBe('rate(x[$__rate_interval])');
  });

  it('names the catalog itself when $NAME is in a catalog written as text', () => {
    const text = `apps:
  - type: kpi-scorecards-app
    jsonData:
      catalog: 'kpis: [{ id: a, query: { expr: "$HOST" } }]'
`;
    expect(readIncomingCatalog(text).warnings).toContainEqual(
      expect.stringMatching(/^apps\[0\]\.jsonData\.catalog: Grafana replaces \$HOST with the environment variable HOST/)
    );
  });

  it('leaves $NAME in a catalog file alone: only provisioning files are expanded', () => {
    const catalog = provisioning('rate(x[$__rate_interval])').split('catalog:\n')[1].replace(/^ {8}/gm, '');
    const incoming = readIncomingCatalog(catalog);
    expect(incoming.errors).toEqual([]);
    expect(environmentWarnings(incoming.warnings)).toEqual([]);
    expect(incoming.catalog?.kpis[0].query.expr).toBe('rate(x[$__rate_interval])');
  });

  it('gives the line and column in the pasted file of an error in a catalog written as a YAML block', () => {
    const file = provisioning('up').replace('catalog:\n', 'catalog: |\n').replace('name: API latency', 'name: [API');
    const incoming = readIncomingCatalog(file);
    expect(incoming.catalog).toBeUndefined();
    expect(incoming.errors).toEqual([
      'line 11, column 13: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('gives the parser line and column for text that is not YAML, and nothing to apply', () => {
    const incoming = readIncomingCatalog('kpis: [a, b');
    expect(incoming.catalog).toBeUndefined();
    expect(incoming.errors).toEqual([expect.stringMatching(/^line \d+, column \d+: /)]);
  });
});

describe('readIncomingCatalog: OpenSLO', () => {
  const slo = (annotations: string) => `apiVersion: openslo/v1
kind: SLO
metadata:
  name: avail
  displayName: Availability
  annotations: {${annotations}}
spec:
  service: web
  indicator:
    metadata: { name: avail-sli }
    spec:
      thresholdMetric:
        metricSource: { type: prometheus, spec: { datasource: { type: prometheus, uid: prom }, expr: '100 * avail' } }
  timeWindow: [{ duration: 30d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ target: 0.999 }]
`;

  it('recognises OpenSLO by its apiVersion and reads it as SLO KPIs', () => {
    const read = readIncomingCatalog(
      slo('kpi-scorecards.app/owner: ana@example.com, kpi-scorecards.app/team: sre, kpi-scorecards.app/type: lagging')
    );
    expect(read.errors).toEqual([]);
    expect(read.catalog?.kpis).toEqual([
      expect.objectContaining({ id: 'avail', name: 'Availability', window: '30d', slo: { objective: 99.9 } }),
    ]);
  });

  it('names what OpenSLO lacks for the catalog at its place, and offers nothing to apply', () => {
    const read = readIncomingCatalog(slo('kpi-scorecards.app/team: sre, kpi-scorecards.app/type: lagging'));
    expect(read.catalog).toBeUndefined();
    expect(read.errors).toEqual([
      "[0] (avail).metadata.annotations.kpi-scorecards.app/owner: required: the catalog needs the KPI's owner, which OpenSLO has no field for",
    ]);
  });

  it('warns that a second objective is not read, as the command line does', () => {
    const owned =
      'kpi-scorecards.app/owner: ana@example.com, kpi-scorecards.app/team: sre, kpi-scorecards.app/type: lagging';
    const read = readIncomingCatalog(
      slo(owned).replace('[{ target: 0.999 }]', '[{ target: 0.999 }, { target: 0.99 }]')
    );
    expect(read.errors).toEqual([]);
    expect(read.warnings).toContain(
      '[0] (avail).spec.objectives: only objectives[0] is read: a KPI has one objective (2 here)'
    );
    expect(read.catalog?.kpis[0].slo).toEqual({ objective: 99.9 });
  });
});
