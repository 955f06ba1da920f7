/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform; its Node build is what the CLI uses too.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runMain } from './testing/cliHarness';

const dir = mkdtempSync(join(tmpdir(), 'kpi-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function validate(file: string) {
  const { code, err } = await runMain('validate', file);
  return { code, err };
}

describe('kpi validate refuses files it must not read, with why (exit 2)', () => {
  it('a FIFO, which would wait forever for a writer', async () => {
    const fifo = join(dir, 'catalog.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(await validate(fifo)).toEqual({ code: 2, err: [`${fifo}: cannot read: a pipe (FIFO), not a regular file`] });
  });

  it('/dev/zero, which never ends, and a directory', async () => {
    expect(await validate('/dev/zero')).toEqual({
      code: 2,
      err: ['/dev/zero: cannot read: a device, not a regular file'],
    });
    expect(await validate(dir)).toEqual({ code: 2, err: [`${dir}: cannot read: a directory, not a regular file`] });
  });

  it('a file past the 8 MiB a catalog file may have, unread', async () => {
    const huge = join(dir, 'huge.yaml');
    writeFileSync(huge, '');
    truncateSync(huge, 8 * 2 ** 20 + 1);
    expect(await validate(huge)).toEqual({ code: 2, err: [`${huge}: cannot read: larger than 8 MiB`] });
  });

  it.each([
    [
      'UTF-16 with its byte order mark',
      Buffer.from('\ufeffkind: KpiCatalog\n', 'utf16le'),
      'UTF-16 text: save it as UTF-8',
    ],
    [
      'UTF-16 without one',
      Buffer.from('kind: KpiCatalog\n', 'utf16le'),
      'it holds NUL bytes (UTF-16 or binary?): save it as UTF-8',
    ],
    ['Latin-1', Buffer.from('kind: Kp\xefCatalog\n', 'latin1'), 'not UTF-8 text: save it as UTF-8'],
  ])('%s', async (_name, bytes, why) => {
    const file = join(dir, 'encoded.yaml');
    writeFileSync(file, bytes);
    expect(await validate(file)).toEqual({ code: 2, err: [`${file}: cannot read: ${why}`] });
  });

  it('reads UTF-8 with or without a byte order mark', async () => {
    const file = join(dir, 'bom.yaml');
    writeFileSync(file, '\ufeffkind: KpiCatalog\n');
    const { code, err } = await validate(file);
    expect(err).toEqual([]);
    expect(code).toBe(1); // read, then found incomplete
  });
});
