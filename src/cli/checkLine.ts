import { type ErrorBudget } from '../kpi/errorBudget';
import { formatValue } from '../kpi/formatValue';
import { percentFactor } from '../kpi/grafanaKnowledge';
import { type Kpi, type KpiEvaluation } from '../kpi/types';

/** What a status was decided on (spec: `check` names it on each line). */
type JudgedOn = 'target' | 'forecast' | 'budget';

function judgedOn(evaluation: KpiEvaluation): JudgedOn {
  if (evaluation.budgetLeft !== null) {
    return 'budget';
  }
  return evaluation.forecast !== null ? 'forecast' : 'target';
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const rate = (r: number) => `${Number(r.toFixed(1))}x`;

/**
 * One line of `kpi check`: the KPI, its status, its value in its unit, what it was judged on, and for a failure
 * why, e.g. `api-availability: off-track 99.8% (budget -100.0% left of SLO 99.9%): the error budget is spent`.
 */
export function checkLine(kpi: Kpi | undefined, r: KpiEvaluation, budget?: ErrorBudget | null): string {
  // Grafana's automatic decimals write 99.95% as 100.0%: a gate's line shows percentages to 3 decimals unless
  // the KPI sets its own.
  const decimals = kpi?.decimals ?? (percentFactor(kpi?.unit) !== undefined ? 3 : undefined);
  const fmt = (v: number | null) => (v === null ? '-' : kpi ? formatValue(v, kpi.unit, decimals) : String(v));
  const basis = (() => {
    if (r.status === 'error' || r.value === null) {
      return '';
    }
    switch (judgedOn(r)) {
      case 'budget':
        return ` (budget ${percent(r.budgetLeft!)} left of SLO ${kpi?.slo?.objective}%)`;
      case 'forecast':
        return ` (forecast ${fmt(r.forecast)}, target ${fmt(r.target)})`;
      default:
        return r.target === null ? ' (target range)' : ` (target ${fmt(r.target)})`;
    }
  })();
  const page = budget?.alerts.find((a) => a.severity === 'page');
  const why = [
    reason(kpi, r),
    page &&
      `page: burning ${rate(page.longRate)} over ${page.longWindow} and ${rate(page.shortRate)} over ${page.shortWindow}`,
  ].filter(Boolean);
  return `${r.id}: ${r.status} ${fmt(r.value)}${basis}${why.length ? `: ${why.join('; ')}` : ''}`;
}

function reason(kpi: Kpi | undefined, r: KpiEvaluation): string | undefined {
  switch (r.status) {
    case 'error':
      return r.error ?? undefined;
    case 'no-data':
      return 'no numeric sample in the window';
    case 'stale': {
      const ago = r.newestSampleAt ? Math.round((Date.now() - Date.parse(r.newestSampleAt)) / 60_000) : null;
      return `newest sample ${ago === null ? 'unknown' : `${ago} min old`}, older than maxAge ${kpi?.maxAge}`;
    }
    case 'off-track':
      return judgedOn(r) === 'budget'
        ? 'the error budget is spent'
        : `the ${judgedOn(r) === 'forecast' ? 'forecast' : 'value'} misses its target`;
    default:
      return undefined;
  }
}
