import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// The command exactly as a user or a CI job runs it: npm bundles src/cli with esbuild and runs the bundle.
const root = join(__dirname, '..', '..');
const fixture = (name: string) => `src/test-fixtures/${name}`;

function kpi(...args: string[]) {
  const run = spawnSync('npm', ['run', '--silent', 'kpi', '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run --silent kpi', () => {
  jest.setTimeout(180_000);

  it('evaluate: exit 0, stdout is exactly the JSON array', () => {
    const { code, stdout } = kpi(
      'evaluate',
      '--catalog',
      fixture('catalog.yaml'),
      '--response',
      fixture('response.jsonc'),
      '--now',
      '2026-03-18T12:00:00Z'
    );
    expect(code).toBe(0);
    const results = JSON.parse(stdout);
    expect(stdout).toBe(JSON.stringify(results, null, 2) + '\n');
    expect(results).toHaveLength(9);
    expect(results[0]).toMatchObject({ id: 'deploys', status: 'at-risk', value: 9 });
  });

  it('validate: exit 0 and one line of KPIs checked for a clean catalog, exit 1 with only the problem lines for a bad one', () => {
    expect(kpi('validate', fixture('catalog.yaml'))).toMatchObject({
      code: 0,
      stdout: `${fixture('catalog.yaml')}: 9 KPIs, no problems\n`,
    });
    const bad = kpi('validate', fixture('bad-catalog.yaml'));
    expect(bad.code).toBe(1);
    expect(bad.stdout.split('\n')).toEqual([
      `${fixture('bad-catalog.yaml')}: kpis[0] (deploys).links[0].url: only http(s) links are allowed, got 'javascript:alert(1)'`,
      `${fixture('bad-catalog.yaml')}: kpis[2] (mttr).owner: required`,
      `${fixture('bad-catalog.yaml')}: kpis[2] (mttr).target.atRisk: must not be below target.value (60) for lower-is-better`,
      '',
    ]);
  });

  it('validate: exit 2 for an unparsable file, one line on stderr with line and column, no stack trace', () => {
    const { code, stdout, stderr } = kpi('validate', fixture('unparsable.yaml'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const ours = stderr.split('\n').filter((l) => l !== '' && !l.startsWith('npm warn'));
    expect(ours).toEqual([
      `${fixture('unparsable.yaml')}: line 6, column 5: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
  });
});
