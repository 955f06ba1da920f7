import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { bundleForTest, repoRoot, runBundle, type Bundle } from './testing/cliHarness';

// The command line bundled as `npm run kpi` bundles it, run by plain Node: no browser globals (jest's jsdom has
// them), and the machine's own time zone (jest runs in UTC). Bundled into a directory of its own.
const fixture = (name: string) => join(repoRoot, 'src', 'test-fixtures', name);
const NOW = '2026-03-18T12:00:00Z';
let bundle: Bundle;

beforeAll(() => {
  bundle = bundleForTest('src/cli/run.ts', 'kpi-plain-node-');
}, 120_000);

afterAll(() => bundle.remove());

const kpi = (args: string[], env: Record<string, string> = {}) => runBundle(bundle.file, args, env);

describe('kpi in plain Node', () => {
  it('validates a custom time: unit, and every file after it', async () => {
    const timeUnit = join(bundle.dir, 'time-unit.yaml');
    writeFileSync(timeUnit, readFileSync(fixture('catalog.yaml'), 'utf8').replace('unit: percent', 'unit: time:HH:mm'));
    const result = await kpi(['validate', timeUnit, fixture('bad-catalog.yaml')]);
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
    expect(await kpi(evaluate)).toMatchObject({ code: 0, stderr: '' });
  });

  it('reads --now without an offset as UTC, whatever the machine’s time zone', async () => {
    const evaluate = (now: string) =>
      kpi(['evaluate', '--catalog', fixture('catalog.yaml'), '--response', fixture('response.jsonc'), '--now', now], {
        TZ: 'America/New_York',
      });
    const local = await evaluate('2026-03-18T12:00:00');
    expect(local.code).toBe(0);
    expect(local.stdout).toBe((await evaluate(NOW)).stdout);
  });
});
