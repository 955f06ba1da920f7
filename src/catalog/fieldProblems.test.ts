import { validateCatalog } from '../kpi/validateCatalog';
import { makeKpi } from '../test-fixtures/kpiBuilders';
import { fieldProblemLines, fieldProblems } from './fieldProblems';

describe('fieldProblems', () => {
  it('puts each error of one KPI under the field it belongs to, and ignores the other KPIs', () => {
    const validation = validateCatalog({
      apiVersion: 'kpi-scorecards/v1',
      kind: 'KpiCatalog',
      kpis: [
        makeKpi({ id: 'a', owner: '' }),
        makeKpi({
          id: 'b',
          owner: '',
          target: { value: 10, atRisk: 12 },
          links: [{ title: 'x', url: 'javascript:alert(1)' }],
        }),
      ],
    });
    expect(fieldProblems(validation, 'kpis', 1)).toEqual({
      owner: ['must not be empty'],
      target: ['target.atRisk: must not be above target.value (10) for higher-is-better'],
      links: ["links[0].url: only http(s) links are allowed, got 'javascript:alert(1)'"],
    });
  });

  it("lists one field's errors with their place in the item, for a list that shows them away from the form", () => {
    const validation = validateCatalog({
      apiVersion: 'kpi-scorecards/v1',
      kind: 'KpiCatalog',
      kpis: [makeKpi({ id: 'a' })],
      scorecards: [
        { id: 's', title: 'S', select: 'team=x' as never },
        { id: 't', title: '', select: { ids: 'a' as never } },
      ],
    });
    expect(fieldProblemLines(validation, 'scorecards', 0, 'select')).toEqual([
      'select: must be an object, got "team=x"',
    ]);
    expect(fieldProblemLines(validation, 'scorecards', 1, 'select')).toEqual(['select.ids: must be an array, got "a"']);
  });
});
