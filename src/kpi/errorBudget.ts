import { QueryOutcome } from './evaluateKpi';
import { durationMs } from './grafanaKnowledge';
import { KpiSeries } from './kpiSeries';
import { Kpi } from './types';

/**
 * Error budget and burn rates for SLO-type KPIs. The KPI's value is its SLI, a success ratio in percent
 * (or 0..1 with unit percentunit). Burn rate = error rate / error budget: 1 spends the budget exactly over
 * the window.
 */
export interface ErrorBudget {
  objective: number;
  /** Share of the window's budget still unspent: 1 = untouched, 0 = spent, below 0 = overspent. */
  remaining: number;
  burnRates: Record<string, number | null>;
  /** Multi-window alerts of the SRE workbook that fire now. */
  alerts: BurnAlert[];
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

export const BURN_WINDOWS = ['5m', '30m', '1h', '2h', '6h', '1d', '3d'];

/** 14.4 for 1h on a 30d window: the burn that spends 2% of the budget in one hour. */
export function burnThreshold(budgetShare: number, sloWindowMs: number, longWindowMs: number): number {
  return Math.round(((budgetShare * sloWindowMs) / longWindowMs) * 100) / 100;
}

export function errorBudget(
  kpi: Kpi,
  sli: number,
  series: KpiSeries | null,
  now: number,
  windowMs: number
): ErrorBudget | null {
  if (!kpi.slo) {
    return null;
  }
  const scale = kpi.unit === 'percentunit' ? 100 : 1;
  const budget = 100 - kpi.slo.objective;
  const burn = (ratio: number) => (100 - ratio * scale) / budget;
  const burnRates: Record<string, number | null> = {};
  for (const w of BURN_WINDOWS) {
    const mean = meanSince(series, now - (durationMs(w) ?? 0), now);
    burnRates[w] = mean === null ? null : burn(mean);
  }
  const alerts: BurnAlert[] = [];
  for (const pair of BURN_ALERT_PAIRS) {
    const threshold = burnThreshold(pair.budgetShare, windowMs, durationMs(pair.longWindow)!);
    const long = burnRates[pair.longWindow];
    const short = burnRates[pair.shortWindow];
    // A burn of exactly the threshold fires; the tolerance absorbs floating-point noise in the ratio.
    const reaches = (burnRate: number | null) => burnRate !== null && burnRate >= threshold - 1e-9;
    if (reaches(long) && reaches(short)) {
      const { longWindow, shortWindow, severity } = pair;
      alerts.push({ longWindow, shortWindow, threshold, severity, longRate: long!, shortRate: short! });
    }
  }
  return { objective: kpi.slo.objective, remaining: 1 - burn(sli), burnRates, alerts };
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
