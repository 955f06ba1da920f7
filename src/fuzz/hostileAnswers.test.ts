/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import fc from 'fast-check';

import { readCatalogText } from '../kpi/catalogYaml';
import { evaluateCatalog } from '../kpi/evaluateCatalog';
import { STATUSES } from '../kpi/types';
import { validateCatalog } from '../kpi/validateCatalog';
import { parseDsQueryResponse } from '../query/dsQueryResponse';
import { fuzzFigures } from './fuzzFigures';
import { changes, mutate } from './mutate';

// Seeded and bounded by the number of runs, not by time: the same 2,000 answers on every machine.
const RUNS = 2000;
const fixture = (name: string) => readFileSync(join(__dirname, '..', 'test-fixtures', name), 'utf8');
const kpis = validateCatalog(readCatalogText(fixture('catalog.yaml')).catalog).validKpis;
const answer: unknown = JSON.parse(fixture('response.jsonc'));
const NOW = Date.parse('2026-03-18T12:00:00Z');

describe('kpi evaluate on 2,000 mutated /api/ds/query answers', () => {
  it('reads each answer or refuses it whole with a reason; each KPI gets a status, a number or none, and words', () => {
    const figures = fuzzFigures('answers');
    fc.assert(
      fc.property(changes, (edits) => {
        const body = mutate(answer, edits);
        const evaluations = figures.time(() => {
          let outcomes;
          try {
            outcomes = parseDsQueryResponse(body);
          } catch (e) {
            // Only a body that is no answer at all is refused whole (kpi evaluate exits 2 with this reason).
            expect((e as Error).message).toMatch(/^not a \/api\/ds\/query response/);
            return [];
          }
          return evaluateCatalog({ kpis, now: NOW, timeZone: 'utc', current: (kpi) => outcomes.get(kpi.id) });
        });
        for (const evaluation of evaluations) {
          expect(STATUSES).toContain(evaluation.status);
          expect(evaluation.value === null || Number.isFinite(evaluation.value)).toBe(true);
          if (evaluation.status === 'error') {
            expect(evaluation.error).toMatch(/\S/);
          }
          expect(`${evaluation.error ?? ''}`).not.toContain('[object Object]');
        }
      }),
      { seed: 20261206, numRuns: RUNS }
    );
    figures.report();
  });
});
