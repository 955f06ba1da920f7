import { type QueryOutcome } from './evaluateKpi';
import { singleSeries, type KpiSeries } from './kpiSeries';

/** Reading burn-rate answers: the series of a pair's answer, and the burn from good and total counts. */

/** Burn over one span from good and total asked as one number each: (1 - good/total) / (1 - objective). */
export function countBurn(
  answers: { good?: QueryOutcome; total?: QueryOutcome } | undefined,
  allowedPercent: number
): { rate: number | null; error: string | null } {
  const good = lastNumber(answers?.good);
  const total = lastNumber(answers?.total);
  const error = good.error ?? total.error;
  if (error !== null || good.value === null || total.value === null || total.value <= 0) {
    return { rate: null, error };
  }
  return { rate: (1 - good.value / total.value) / (allowedPercent / 100), error: null };
}

/** The newest number of an answer: an instant query's one value, or a range answer's last. */
function lastNumber(outcome: QueryOutcome | undefined): { value: number | null; error: string | null } {
  const read = pairSeries(outcome);
  const values = read.series?.values ?? [];
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i];
    if (typeof v === 'number' && Number.isFinite(v)) {
      return { value: v, error: null };
    }
  }
  return { value: null, error: read.error };
}

export function pairSeries(outcome: QueryOutcome | undefined): { series: KpiSeries | null; error: string | null } {
  if (!outcome) {
    return { series: null, error: null };
  }
  if (outcome.error !== undefined) {
    return { series: null, error: outcome.error };
  }
  const picked = singleSeries(outcome.frames);
  return picked.error !== undefined ? { series: null, error: picked.error } : { series: picked.series, error: null };
}
