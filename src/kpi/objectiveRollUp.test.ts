/**
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { problemText } from './problemsText';
import { validateCatalog } from './validateCatalog';

const catalog = (kpi: object, objective: object = { id: 'o', title: 'O', rollUp: 'weighted' }) => ({
  apiVersion: 'kpi-scorecards/v1',
  kind: 'KpiCatalog',
  objectives: [objective],
  kpis: [{ ...makeKpi({ id: 'a', objective: 'o' }), ...kpi }],
});
const lines = (c: object) => validateCatalog(c).problems.map((p) => `${p.severity}: ${problemText(p)}`);

describe('weights and roll-ups in the catalog', () => {
  it('takes a weight above 0 and a known roll-up without a word', () => {
    expect(lines(catalog({ weight: 2.5 })).filter((l) => l.startsWith('error'))).toEqual([]);
  });

  it.each([0, -1, 'heavy', null])('refuses weight %p at its place', (weight) => {
    expect(lines(catalog({ weight }))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^error: kpis\[0\] \(a\)\.weight: /)])
    );
  });

  it('refuses a roll-up it does not know, naming the ones it does', () => {
    expect(lines(catalog({}, { id: 'o', title: 'O', rollUp: 'average' }))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^error: objectives\[0\] \(o\)\.rollUp: .*worst.*weighted/)])
    );
  });
});
