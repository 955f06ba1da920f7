import { type Kpi, type KpiQuery, type SloQuery } from '../kpi/types';

export interface GoodTotal {
  good: KpiQuery;
  total: KpiQuery;
}

/** An SLO KPI's good and total queries, each on its own datasource or else the KPI's; none without both. */
export function goodTotal(kpi: Kpi): GoodTotal | undefined {
  const { good, total } = kpi.slo ?? {};
  if (!good || !total) {
    return undefined;
  }
  const onDatasource = (query: SloQuery): KpiQuery => ({
    ...query,
    datasource: query.datasource ?? kpi.query.datasource,
  });
  return { good: onDatasource(good), total: onDatasource(total) };
}

/**
 * The error budget in percent as a decimal a person wrote: 100 - 99.9 is 0.09999999999999432 in binary floating
 * point, and a rule that says so (as Sloth's do) reads like a bug. Ten decimals hold any objective a catalog has.
 */
export function budgetPercent(objective: number): number {
  return Number((100 - objective).toFixed(10));
}

/** The error budget as a ratio (0.001 for 99.9). */
export function budgetRatio(objective: number): number {
  return Number((budgetPercent(objective) / 100).toPrecision(12));
}
