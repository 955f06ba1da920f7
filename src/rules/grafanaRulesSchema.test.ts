/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import Ajv from 'ajv';
import { parse, stringify } from 'yaml';

import { makeKpi } from '../test-fixtures/kpiBuilders';
import { grafanaRules } from './grafanaRules';
import { grafanaRulesFile } from './grafanaRulesFile';
import { provisionedRule } from './provisionedRule';

/**
 * Grafana's own formats from ../shared/fixtures/grafana/alerting (beside the repository, or beside the worktrees
 * folder a worktree is in): the file-provisioning schema, Grafana's example files, the API body's schema.
 */
const root = join(__dirname, '..', '..');
const ALERTING = [join(root, '..'), join(root, '..', '..')]
  .map((dir) => join(dir, 'shared', 'fixtures', 'grafana', 'alerting'))
  .find(existsSync);
const readJson = (file: string) => JSON.parse(readFileSync(join(ALERTING!, file), 'utf8'));

type Schema = {
  definitions: Record<string, { properties?: object; additionalProperties?: boolean; required?: string[] }>;
};

/**
 * The export schema as Grafana's file reader reads files (see the fixtures' README): `for`, `keepFiringFor` and a
 * group's `interval` are duration strings. `strict` also refuses keys the reader would drop (`datasourceUID`) and
 * misses the fields it needs.
 */
function fileSchema(strict: boolean): Schema {
  const schema: Schema = readJson('alerting-file-export.schema.json');
  schema.definitions.Duration = { type: 'string', pattern: '^([0-9]+(ms|s|m|h|d|w|y))+$' } as never;
  schema.definitions.RelativeTimeRangeExport = {
    type: 'object',
    properties: { from: { type: 'integer', minimum: 0 }, to: { type: 'integer', minimum: 0 } },
  } as never;
  if (strict) {
    const close = (name: string, required: string[]) =>
      Object.assign(schema.definitions[name], { additionalProperties: false, required });
    close('AlertRuleGroupExport', ['orgId', 'name', 'folder', 'interval', 'rules']);
    close('AlertRuleExport', ['uid', 'title', 'condition', 'data', 'noDataState', 'execErrState', 'for']);
    close('AlertQueryExport', ['refId', 'relativeTimeRange', 'datasourceUid', 'model']);
  }
  return schema;
}

const ajv = () => new Ajv({ strict: false, allErrors: true, validateFormats: false });

const catalogKpis = [
  makeKpi({
    id: 'deploys',
    window: '7d',
    reduce: 'sum',
    links: [{ title: 'Runbook', url: 'https://wiki.example.com' }],
  }),
  makeKpi({ id: 'cpu', team: 'sre', direction: 'in-range', target: { min: 0.4, max: 0.7 }, unit: 'percentunit' }),
  makeKpi({
    id: 'checkout',
    team: 'sre',
    unit: 'percent',
    window: '28d',
    reduce: 'mean',
    target: {},
    slo: {
      objective: 99.95,
      good: { expr: 'sum(increase(http_requests_total{code!~"5.."}[$__range]))' },
      total: { expr: 'sum(increase(http_requests_total[$__range]))' },
    },
  }),
  makeKpi({
    id: 'api',
    team: 'sre',
    unit: 'percent',
    window: '30d',
    reduce: 'mean',
    target: {},
    slo: { objective: 99.9 },
  }),
];

(ALERTING ? describe : describe.skip)("Grafana's alerting formats (../shared/fixtures/grafana/alerting)", () => {
  it("reads Grafana's own example files with the adapted schema", () => {
    const validate = ajv().compile(fileSchema(false));
    const examples = readdirSync(join(ALERTING!, 'examples'));
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      const valid = validate(parse(readFileSync(join(ALERTING!, 'examples', example), 'utf8')));
      expect([example, valid ? [] : validate.errors]).toEqual([example, []]);
    }
  });

  it('writes a provisioning file Grafana reads, every rule with the fields its reader needs and no other', () => {
    const { rules } = grafanaRules(catalogKpis);
    // As the command prints it, then as Grafana reads it: YAML text.
    const file = parse(stringify(grafanaRulesFile(rules, 'KPI Scorecards')));
    const validate = ajv().compile(fileSchema(true));
    expect(validate(file) ? [] : validate.errors).toEqual([]);
    expect(file.groups.map((g: { name: string; rules: unknown[] }) => [g.name, g.rules.length])).toEqual([
      ['KPI platform', 1],
      ['KPI sre', 1 + 3 + 3],
    ]);
  });

  it('refuses, strictly read, a query whose datasource key Grafana would drop', () => {
    const validate = ajv().compile(fileSchema(true));
    const example = parse(readFileSync(join(ALERTING!, 'examples', 'correct-properties.rules.yml'), 'utf8'));
    expect(validate(example)).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'datasourceUID' } })
    );
  });

  it("the README's notification policy is a file Grafana reads, routing page and ticket apart", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const block = /```yaml\n(\s*# provisioning\/alerting\/kpi-policies\.yaml\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const file = parse(block!);
    const validate = ajv().compile(fileSchema(false));
    expect(validate(file) ? [] : validate.errors).toEqual([]);
    const routes = file.policies[0].routes.map((r: { receiver: string; object_matchers: string[][] }) => [
      r.receiver,
      r.object_matchers,
    ]);
    expect(routes).toEqual([
      ['on-call', [['severity', '=', 'page']]],
      ['team-queue', [['severity', '=', 'ticket']]],
    ]);
  });

  it('makes API bodies valid against ProvisionedAlertRule', () => {
    const validate = ajv().compile(readJson('provisioned-alert-rule.schema.json'));
    for (const rule of grafanaRules(catalogKpis).rules) {
      const body = provisionedRule(rule, 'kpi-scorecards');
      expect([rule.uid, validate(body) ? [] : validate.errors]).toEqual([rule.uid, []]);
    }
  });
});

if (!ALERTING) {
  describe.skip('Grafana alerting formats: ../shared/fixtures/grafana/alerting is not there', () => {
    it('needs the shared fixtures', () => undefined);
  });
}
