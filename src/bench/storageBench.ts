import { catalogSize } from '../kpi/catalogBudget';
import { MAX_HISTORY, reviseKpi } from '../kpi/kpiRevisions';
import { type Kpi } from '../kpi/types';
import { benchCatalog } from './benchData';

const KPIS = 100;
const author = { by: 'admin@example.com', at: '2026-03-18T12:00:00.000Z' };

/** A KPI as the app stores it after `revisions` target changes: each history entry holds the definition it replaced. */
function revised(kpi: Kpi, revisions: number): Kpi {
  let out = reviseKpi(undefined, kpi, author);
  for (let r = 1; r <= revisions; r++) {
    out = reviseKpi(out, { ...out, target: { ...out.target, value: (out.target.value ?? 0) + 1 } }, author);
  }
  return out;
}

/**
 * Bytes per KPI as stored (compact JSON of jsonData), and how many KPIs fit the default 64 KiB budget: without
 * history, with 3 revisions each, and with the most history the catalog keeps (MAX_HISTORY entries).
 */
export function benchStorage(print: (name: string, value: number, digits?: number) => void) {
  const catalog = benchCatalog(KPIS);
  for (const [label, revisions] of [
    ['no history', -1],
    ['3 revisions', 3],
    [`${MAX_HISTORY} revisions (the cap)`, MAX_HISTORY + 5],
  ] as const) {
    const kpis = revisions < 0 ? catalog.kpis : catalog.kpis.map((k) => revised(k, revisions));
    const { bytes, budgetBytes } = catalogSize({ catalog: { ...catalog, kpis } });
    const perKpi = bytes / kpis.length;
    print(`stored bytes per KPI, ${label}`, perKpi, 0);
    print(`KPIs in the 64 KiB budget, ${label}`, Math.floor(budgetBytes / perKpi), 0);
  }
}
