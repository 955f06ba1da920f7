import { makeKpi } from '../test-fixtures/kpiBuilders';
import { budgetProblem, catalogSize, jsonBytes, readBudgetKiB } from './catalogBudget';
import { type KpiCatalog } from './types';

const catalogOf = (count: number): KpiCatalog => ({
  apiVersion: 'kpi-scorecards/v1',
  kind: 'KpiCatalog',
  kpis: Array.from({ length: count }, (_, i) => makeKpi({ id: `kpi-${i}` })),
});

describe('the catalog size budget', () => {
  it('counts the UTF-8 bytes of compact JSON, as Grafana stores jsonData', () => {
    expect(jsonBytes({ a: 'é' })).toBe('{"a":"é"}'.length + 1);
    expect(catalogSize({ catalog: catalogOf(1) }).bytes).toBe(JSON.stringify({ catalog: catalogOf(1) }).length);
  });

  it('is silent below 75%, warns from 75%, refuses above the budget, naming size and budget', () => {
    const perKpi = jsonBytes(makeKpi({ id: 'kpi-10' })) + 1;
    const budget = (n: number) => catalogSize({ catalog: catalogOf(n) }, 8);
    const under = Math.floor((8 * 1024 * 0.7) / perKpi);
    expect(budgetProblem(budget(under))).toBeUndefined();
    const warn = Math.ceil((8 * 1024 * 0.8) / perKpi);
    expect(budgetProblem(budget(warn))).toMatchObject({ severity: 'warning', at: { path: [] } });
    expect(budgetProblem(budget(warn))!.message).toMatch(
      /^the catalog is \d+\.\d KiB .*, \d+% of its size budget of 8\.0 KiB$/
    );
    const over = budgetProblem(budget(Math.ceil((8 * 1024 * 1.1) / perKpi)));
    expect(over?.severity).toBe('error');
    expect(over?.message).toMatch(/over its size budget of 8\.0 KiB/);
    expect(over?.message).toContain('jsonData.catalogBudgetKiB');
  });

  it('reads the budget setting: the default when unset, an error for anything but a positive number', () => {
    expect(readBudgetKiB(undefined)).toEqual({ kib: 64 });
    expect(readBudgetKiB('1024')).toEqual({ kib: 1024 });
    expect(readBudgetKiB(512)).toEqual({ kib: 512 });
    for (const bad of ['lots', 0, -5, 'NaN', true]) {
      expect(readBudgetKiB(bad).error).toContain('not a positive number of KiB');
    }
  });
});
