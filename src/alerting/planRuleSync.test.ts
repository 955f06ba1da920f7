import { grafanaRules } from '../rules/grafanaRules';
import { provisionedRule } from '../rules/provisionedRule';
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { planRuleSync } from './planRuleSync';

const [deploys, latency, cpu] = grafanaRules([
  makeKpi({ id: 'deploys' }),
  makeKpi({ id: 'latency', direction: 'lower-is-better', target: { value: 300 } }),
  makeKpi({ id: 'cpu', direction: 'in-range', target: { min: 0.4, max: 0.7 } }),
]).rules;
const FOLDER = 'kpi-folder';
const stored = (rule: typeof deploys, extra: object = {}) => ({
  ...provisionedRule(rule, FOLDER),
  provenance: 'api',
  ...extra,
});

describe('planRuleSync', () => {
  it('creates what Grafana lacks, updates what changed (naming the fields), leaves the rest', () => {
    const steps = planRuleSync(
      [deploys, latency, cpu],
      [stored(deploys), stored(latency, { title: 'An old title', for: '5m' })],
      FOLDER
    );
    expect(steps.map((s) => [s.kind, 'rule' in s ? s.rule.uid : '', 'changed' in s ? s.changed : []])).toEqual([
      ['unchanged', 'kpi-deploys-off-track', []],
      ['update', 'kpi-latency-off-track', ['title', 'for']],
      ['create', 'kpi-cpu-off-track', []],
    ]);
  });

  it('never touches a rule it did not make, nor one a provisioning file owns, and deletes nothing', () => {
    const foreign = { ...stored(deploys), labels: { team: 'db' }, title: 'Somebody else' };
    const provisioned = stored(latency, { provenance: 'file', title: 'Changed in the file' });
    const gone = { ...stored(cpu), uid: 'kpi-removed-off-track', labels: { kpi: 'removed', severity: 'ticket' } };
    const steps = planRuleSync([deploys, latency], [foreign, provisioned, gone], FOLDER);
    expect(steps.map((s) => [s.kind, 'why' in s ? s.why : ''])).toEqual([
      ['left-alone', 'not-ours'],
      ['left-alone', 'provisioned'],
      ['stale', ''],
    ]);
  });

  it('reads a rule as Grafana stores it: the defaults its PreSave puts in each query model change nothing', () => {
    const stored = provisionedRule(cpu, FOLDER);
    const presaved = stored.data.map((q) => ({
      ...q,
      model: { maxDataPoints: 43200, intervalMs: 1000, ...q.model },
    }));
    expect(presaved.filter((q) => q.model.intervalMs === 1000)).toHaveLength(2);
    const [same] = planRuleSync([cpu], [{ ...stored, data: presaved, provenance: 'api' }], FOLDER);
    expect(same.kind).toBe('unchanged');
    // A threshold that differs is still a change.
    const moved = presaved.map((q) =>
      q.refId === 'C' ? { ...q, model: { ...q.model, conditions: [{ evaluator: { type: 'lt', params: [1] } }] } } : q
    );
    const [update] = planRuleSync([cpu], [{ ...stored, data: moved, provenance: 'api' }], FOLDER);
    expect(update).toMatchObject({ kind: 'update', changed: ['data'] });
  });

  it('moves a rule that is in another folder into the one asked for', () => {
    const [step] = planRuleSync([deploys], [stored(deploys, { folderUID: 'elsewhere' })], FOLDER);
    expect(step).toMatchObject({ kind: 'update', changed: ['folderUID'] });
  });
});
