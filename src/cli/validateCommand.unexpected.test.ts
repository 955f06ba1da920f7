import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { main } from './kpi';

// Validation that fails unexpectedly on a catalog of kind Boom stands for any bug a file might hit.
jest.mock('../kpi/validateCatalog', () => {
  const actual = jest.requireActual('../kpi/validateCatalog');
  return {
    ...actual,
    validateCatalog: (doc: { kind?: string }) => {
      if (doc?.kind === 'Boom') {
        throw new Error('boom');
      }
      return actual.validateCatalog(doc);
    },
  };
});

const fixture = (name: string) => join(__dirname, '..', 'test-fixtures', name);

it('reports an unexpected failure on its file and still validates the other files', async () => {
  const boom = join(mkdtempSync(join(tmpdir(), 'kpi-validate-')), 'boom.yaml');
  writeFileSync(boom, 'apiVersion: kpi-scorecards/v1\nkind: Boom\nkpis: []\n');
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    ['validate', boom, fixture('bad-catalog.yaml'), fixture('catalog.yaml')],
    (l) => out.push(l),
    (l) => err.push(l)
  );
  expect(err).toEqual([`${boom}: internal error: boom`]);
  expect(out).toHaveLength(4);
  expect(out[3]).toMatch(/catalog\.yaml: 9 KPIs, no problems$/);
  expect(out[0]).toMatch(/bad-catalog\.yaml: kpis\[0\] \(deploys\)/);
  expect(code).toBe(2);
});
