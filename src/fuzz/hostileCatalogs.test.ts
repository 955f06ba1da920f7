/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
// yaml's browser build is ESM that jest does not transform.
import fc from 'fast-check';

import { CatalogParseError } from '../kpi/catalogParseError';
import { catalogToYaml, readCatalogText } from '../kpi/catalogYaml';
import { placeText } from '../kpi/places';
import { type KpiCatalog } from '../kpi/types';
import { validateCatalog } from '../kpi/validateCatalog';
import { validCatalog } from '../test-fixtures/catalogArbitrary';
import { fuzzFigures } from './fuzzFigures';
import { changes, mutate } from './mutate';

// Seeded and bounded by the number of runs, not by time: the same catalogs on every machine. A few runs make a
// value no file can hold (skipped): 2,100 runs validate at least 2,000.
const RUNS = 2100;

describe('validateCatalog on at least 2,000 mutated catalogs', () => {
  it('never throws, and every problem has a place and a message', () => {
    const figures = fuzzFigures('catalogs');
    fc.assert(
      fc.property(validCatalog, changes, fc.boolean(), (catalog, edits, asText) => {
        let input = mutate(catalog, edits);
        if (asText) {
          // Through the file reader too: text that is not a catalog is a CatalogParseError, nothing else.
          let text: string | undefined;
          try {
            text = catalogToYaml(input as KpiCatalog);
          } catch {
            return; // not writable as YAML: nothing a file could hold
          }
          if (typeof text !== 'string') {
            return; // undefined at the top is written as no text at all (yaml's stringify): no file either
          }
          try {
            input = readCatalogText(text).catalog;
          } catch (e) {
            expect(e).toBeInstanceOf(CatalogParseError);
            return;
          }
        }
        const result = figures.time(() => validateCatalog(input));
        for (const problem of result.problems) {
          expect(placeText(problem.at)).toMatch(/\S/);
          expect(problem.message).toMatch(/\S/);
          expect(problem.message).not.toContain('[object Object]');
        }
      }),
      { seed: 20261206, numRuns: RUNS }
    );
    figures.report();
  });
});
