import { type KpiCatalog } from '../kpi/types';
import { provisionedRule } from '../rules/provisionedRule';
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { planRuleSync } from './planRuleSync';
import { followUpSteps, kpisWithChangedRules, rulesOfKpis } from './rulesAfterSave';

const FOLDER = 'kpi-folder';
const slo = { objective: 99.9 };
const before: KpiCatalog = {
  apiVersion: 'kpi-scorecards/v1',
  kind: 'KpiCatalog',
  kpis: [
    makeKpi({ id: 'deploys', target: { value: 50 } }),
    makeKpi({ id: 'latency', direction: 'lower-is-better', target: { value: 300 } }),
    makeKpi({ id: 'api', unit: 'percent', reduce: 'mean', target: {}, slo }),
  ],
};
const edit = (id: string, change: object) =>
  ({ ...before, kpis: before.kpis.map((k) => (k.id === id ? { ...k, ...change } : k)) }) as typeof before;
/** Grafana holding the rules the app made from `catalog`, as its provisioning API lists them. */
const grafanaHolding = (catalog: unknown, extra: object = {}) =>
  rulesOfKpis(catalog, new Set(['deploys', 'latency', 'api'])).map((rule) => ({
    ...provisionedRule(rule, FOLDER),
    provenance: 'api',
    ...extra,
  }));

/** The follow-up a save from `before` to `after` offers, against what Grafana holds. */
function followUp(after: typeof before, stored = grafanaHolding(before)) {
  const ids = kpisWithChangedRules(before, after);
  return followUpSteps(planRuleSync(rulesOfKpis(after, ids), stored, FOLDER), ids).map((step) => [
    step.kind,
    step.kind === 'stale' ? step.stored.uid : step.rule.uid,
    step.kind === 'update' ? step.changed : step.kind === 'left-alone' ? step.why : '',
  ]);
}

describe('rules after a save', () => {
  it.each([
    ['target', edit('deploys', { target: { value: 60 } }), 'deploys'],
    ['query', edit('latency', { query: { datasource: { uid: 'prometheus' }, expr: 'histogram_quantile(0.9, x)' } })],
    ['window', edit('deploys', { window: '14d' }), 'deploys'],
    ['SLO objective', edit('api', { slo: { objective: 99.5 } }), 'api'],
  ])('a changed %s: the KPI and only it', (_what, after, id = 'latency') => {
    expect([...kpisWithChangedRules(before, after)]).toEqual([id]);
  });

  it('nothing when the save changed nothing a rule carries', () => {
    expect(kpisWithChangedRules(before, edit('deploys', { description: 'Counted per deploy job' })).size).toBe(0);
  });

  it('offers to update the rules the app made for a KPI whose target changed, naming the changed fields', () => {
    // The threshold is in the rule's expressions (data); the target is also said in its annotations.
    expect(followUp(edit('latency', { target: { value: 250 } }))).toEqual([
      ['update', 'kpi-latency-off-track', ['data', 'annotations']],
    ]);
  });

  it('offers all three rules of an SLO whose objective changed', () => {
    const steps = followUp(edit('api', { slo: { objective: 99.5 } }));
    expect(steps.map(([kind, uid]) => `${kind} ${uid}`)).toEqual([
      'update kpi-api-off-track',
      'update kpi-api-burn-page',
      'update kpi-api-burn-ticket',
    ]);
  });

  it('offers nothing for a KPI Grafana has no rules of, nor for a rule with its uid someone else made', () => {
    expect(followUp(edit('deploys', { target: { value: 60 } }), [])).toEqual([]);
    const foreign = grafanaHolding(before).map((rule) => ({ ...rule, labels: { team: 'db' } }));
    expect(followUp(edit('deploys', { target: { value: 60 } }), foreign)).toEqual([]);
  });

  it('nothing when Grafana already holds what the saved catalog makes', () => {
    const after = edit('deploys', { target: { value: 60 } });
    expect(followUp(after, grafanaHolding(after))).toEqual([]);
  });

  it('says which rules a provisioning file owns, and which the KPI no longer gets (never deleted)', () => {
    expect(
      followUp(edit('latency', { target: { value: 250 } }), grafanaHolding(before, { provenance: 'file' }))
    ).toEqual([['left-alone', 'kpi-latency-off-track', 'provisioned']]);
    expect(followUp(edit('api', { slo: undefined, target: { value: 99.9 } }))).toEqual([
      ['update', 'kpi-api-off-track', ['data', 'annotations']],
      ['stale', 'kpi-api-burn-page', ''],
      ['stale', 'kpi-api-burn-ticket', ''],
    ]);
  });
});
