import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The command line bundled as `npm run kpi` bundles it, run by plain Node: no browser globals (jest's jsdom has
// them), and the machine's own time zone (jest runs in UTC). Bundled into a directory of its own.
const root = join(__dirname, '..', '..');
const fixture = (name: string) => join(root, 'src', 'test-fixtures', name);
const dir = mkdtempSync(join(tmpdir(), 'kpi-plain-node-'));
const NOW = '2026-03-18T12:00:00Z';
let bundle = '';

beforeAll(() => {
  const build = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "const { bundleForNode } = await import(process.argv[1]); process.stdout.write(await bundleForNode('src/cli/run.ts', 'kpi.cjs', process.argv[2]));",
      pathToFileURL(join(root, 'scripts', 'bundleNode.mjs')).href,
      dir,
    ],
    { cwd: root, encoding: 'utf8' }
  );
  expect(build.stderr).toBe('');
  bundle = build.stdout;
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kpi(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('kpi in plain Node', () => {
  it('validates a custom time: unit, and every file after it', () => {
    const timeUnit = join(dir, 'time-unit.yaml');
    writeFileSync(timeUnit, readFileSync(fixture('catalog.yaml'), 'utf8').replace('unit: percent', 'unit: time:HH:mm'));
    const result = kpi(['validate', timeUnit, fixture('bad-catalog.yaml')]);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toEqual([
      `${timeUnit}: 9 KPIs, no problems`,
      `${fixture('bad-catalog.yaml')}: kpis[0] (deploys).links[0].url: only http(s) links are allowed, got 'javascript:alert(1)'`,
      `${fixture('bad-catalog.yaml')}: kpis[2] (mttr).owner: required`,
      `${fixture('bad-catalog.yaml')}: kpis[2] (mttr).target.atRisk: must not be below target.value (60) for lower-is-better`,
      '',
    ]);
    expect(result.code).toBe(1);
    const evaluate = ['evaluate', '--catalog', timeUnit, '--response', fixture('response.jsonc'), '--now', NOW];
    expect(kpi(evaluate)).toMatchObject({ code: 0, stderr: '' });
  });

  it('reads --now without an offset as UTC, whatever the machine’s time zone', () => {
    const evaluate = (now: string) =>
      kpi(['evaluate', '--catalog', fixture('catalog.yaml'), '--response', fixture('response.jsonc'), '--now', now], {
        TZ: 'America/New_York',
      });
    const local = evaluate('2026-03-18T12:00:00');
    expect(local.code).toBe(0);
    expect(local.stdout).toBe(evaluate(NOW).stdout);
  });
});
