/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { main } from './kpi';

const fixture = (name: string) => join(__dirname, '..', 'test-fixtures', name);
const dir = mkdtempSync(join(tmpdir(), 'kpi-malformed-'));

async function evaluate(response: unknown) {
  const file = join(dir, 'response.json');
  writeFileSync(file, JSON.stringify(response));
  const out: string[] = [];
  const err: string[] = [];
  const args = ['evaluate', '--catalog', fixture('catalog.yaml'), '--response', file, '--now', '2026-03-18T12:00:00Z'];
  const code = await main(
    args,
    (l) => out.push(l),
    (l) => err.push(l)
  );
  return { code, err, results: code === 0 ? (JSON.parse(out[0]) as Array<{ id: string; error: string | null }>) : [] };
}

describe('kpi evaluate with one malformed result', () => {
  const answer = JSON.parse(readFileSync(fixture('response.jsonc'), 'utf8'));

  it.each([
    ['frames not a list', { frames: { 0: 'x' } }, 'results.deploys.frames: not a list of frames (an object)'],
    ['a null frame', { frames: [null] }, 'results.deploys.frames[0]: not a data frame (null)'],
    ['an error object', { error: { message: 'quota exceeded' } }, 'quota exceeded'],
  ])('%s: only that KPI is in error, every other is judged as before', async (_name, broken, error) => {
    const before = await evaluate(answer);
    const after = await evaluate({ results: { ...answer.results, deploys: broken } });
    expect(after.code).toBe(0);
    expect(after.err).toEqual([]);
    expect(after.results.find((r) => r.id === 'deploys')).toMatchObject({ status: 'error', error });
    expect(after.results.filter((r) => r.id !== 'deploys')).toEqual(before.results.filter((r) => r.id !== 'deploys'));
  });
});
