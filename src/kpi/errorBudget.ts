import { countBurn, pairSeries } from './burnReadings';
import { type QueryOutcome } from './evaluateKpi';
import { durationMs, percentFactor } from './grafanaKnowledge';
import { type KpiSeries } from './kpiSeries';
import { budgetLeft } from './sloBudget';
import { type Kpi } from './types';

/**
 * Error budget and burn rates for SLO-type KPIs. The KPI's value is its SLI, a success ratio in percent
 * (or 0..1 with unit percentunit). Burn rate = error rate / error budget: 1 spends the budget exactly over
 * the window.
 */
export interface ErrorBudget {
  objective: number;
  /** Share of the window's budget still unspent: 1 = untouched, 0 = spent, below 0 = overspent. */
  remaining: number;
  /** Per span (5m ... 3d); null when the span holds no sample: unknown, never a healthy 0. */
  burnRates: Record<string, number | null>;
  /** Multi-window alerts of the SRE workbook that fire now. */
  alerts: BurnAlert[];
  /** Pairs that cannot be told to fire or not: their query failed or a span has no sample. */
  unchecked: UncheckedPair[];
  /** From good/total (exact); false: the mean of the KPI's query over each span, an approximation. */
  exact: boolean;
  /** Time until the budget is spent at the 1h burn rate, ms: 0 when spent, Infinity when not burning, null unknown. */
  exhaustionMs: number | null;
}

export interface BurnAlert {
  longWindow: string;
  shortWindow: string;
  threshold: number;
  severity: 'page' | 'ticket';
  /** The burn rates over the two windows that reached the threshold: what the alert is read from. */
  longRate: number;
  shortRate: number;
}

interface UncheckedPair {
  longWindow: string;
  shortWindow: string;
  /** The pair's query failed with this message. */
  error: string | null;
  /** The spans without a sample (when the query answered). */
  emptySpans: string[];
}

/**
 * The SRE workbook's pairs for a 30d SLO: share of the budget spent within the long window. Each pair is
 * read from its own answer: the KPI's query over [now - longWindow, now] (see planBurnRequests), so the short
 * span holds enough samples whatever the KPI's window.
 */
export const BURN_ALERT_PAIRS = [
  { longWindow: '1h', shortWindow: '5m', budgetShare: 0.02, severity: 'page' },
  { longWindow: '6h', shortWindow: '30m', budgetShare: 0.05, severity: 'page' },
  { longWindow: '1d', shortWindow: '2h', budgetShare: 0.1, severity: 'ticket' },
  { longWindow: '3d', shortWindow: '6h', budgetShare: 0.1, severity: 'ticket' },
] as const;

/** What the KPI's query gave for each pair, by the pair's long window; a pair not answered is absent. */
export type BurnOutcomes = Partial<Record<string, QueryOutcome>>;

/** Every span an alert reads, shortest first. */
export const BURN_SPANS = ['5m', '30m', '1h', '2h', '6h', '1d', '3d'] as const;

/** With `good` and `total`: what each gave as one number over each span, by the span. */
export type CountOutcomes = Partial<Record<string, { good?: QueryOutcome; total?: QueryOutcome }>>;

/** "The current rate" the time left is read at: the span the fast page alert reads. */
export const CURRENT_RATE_SPAN = '1h';

/** 14.4 for 1h on a 30d window: the burn that spends 2% of the budget in one hour. */
export function burnThreshold(budgetShare: number, sloWindowMs: number, longWindowMs: number): number {
  return Math.round(((budgetShare * sloWindowMs) / longWindowMs) * 100) / 100;
}

export function errorBudget(
  kpi: Kpi,
  sli: number,
  outcomes: BurnOutcomes,
  now: number,
  windowMs: number,
  counts?: CountOutcomes
): ErrorBudget | null {
  if (!kpi.slo) {
    return null;
  }
  const scale = percentFactor(kpi.unit) ?? 1;
  const allowed = 100 - kpi.slo.objective;
  const burn = (ratio: number) => (100 - ratio * scale) / allowed;
  const exact = counts !== undefined && kpi.slo.good !== undefined && kpi.slo.total !== undefined;
  const remaining = budgetLeft(kpi.slo.objective, sli * scale);
  const result: ErrorBudget = {
    objective: kpi.slo.objective,
    remaining,
    burnRates: {},
    alerts: [],
    unchecked: [],
    exact,
    exhaustionMs: null,
  };
  for (const pair of BURN_ALERT_PAIRS) {
    const { longWindow, shortWindow, severity } = pair;
    const spans = [longWindow, shortWindow];
    let rates: Array<number | null>;
    let error: string | null;
    if (exact) {
      const read = spans.map((span) => countBurn(counts[span], allowed));
      rates = read.map((r) => r.rate);
      error = read.find((r) => r.error !== null)?.error ?? null;
    } else {
      const read = pairSeries(outcomes[longWindow]);
      rates = spans.map((span) => {
        const mean = meanSince(read.series, now - durationMs(span)!, now);
        return mean === null ? null : burn(mean);
      });
      error = read.error;
    }
    const [long, short] = rates;
    // A span in two pairs (6h) is read from the first, which samples it finer, unless it has no sample there.
    result.burnRates[longWindow] ??= long;
    result.burnRates[shortWindow] ??= short;
    if (long === null || short === null) {
      const emptySpans = error === null ? spans.filter((_, i) => rates[i] === null) : [];
      result.unchecked.push({ longWindow, shortWindow, error, emptySpans });
      continue;
    }
    const threshold = burnThreshold(pair.budgetShare, windowMs, durationMs(longWindow)!);
    // A burn of exactly the threshold fires; the tolerance absorbs floating-point noise in the ratio.
    if (long >= threshold - 1e-9 && short >= threshold - 1e-9) {
      result.alerts.push({ longWindow, shortWindow, threshold, severity, longRate: long, shortRate: short });
    }
  }
  result.exhaustionMs = exhaustion(remaining, result.burnRates[CURRENT_RATE_SPAN] ?? null, windowMs);
  return result;
}

/**
 * At burn rate b the whole budget lasts W / b: what is left (a share r) lasts r * W / b. Spent is 0; a burn of 0
 * (or less) never spends it.
 */
function exhaustion(remaining: number, rate: number | null, windowMs: number): number | null {
  if (remaining <= 0) {
    return 0;
  }
  if (rate === null) {
    return null;
  }
  return rate <= 0 ? Infinity : (remaining * windowMs) / rate;
}

/** Mean of the SLI samples in (from, to]: the SLI over that span for a ratio sampled at a fixed step. */
function meanSince(series: KpiSeries | null, from: number, to: number): number | null {
  if (!series || !series.times) {
    return null;
  }
  let sum = 0;
  let count = 0;
  series.values.forEach((v, i) => {
    const t = series.times![i];
    if (t > from && t <= to && typeof v === 'number' && Number.isFinite(v)) {
      sum += v;
      count++;
    }
  });
  return count === 0 ? null : sum / count;
}
