import { BURN_ALERT_PAIRS, burnThreshold } from '../kpi/errorBudget';
import { durationMs, isCalendarWindow, percentFactor } from '../kpi/grafanaKnowledge';
import { type Kpi, type KpiQuery } from '../kpi/types';
import { datasourceQuery, mathExpression, reduceExpression, type AlertQuery } from './alertQueries';
import { type KpiRule, type SkippedKpi } from './kpiRule';
import { ruleAnnotations, ruleLabels } from './ruleAnnotations';
import { ruleUid } from './ruleUid';
import { budgetPercent, budgetRatio, goodTotal, type GoodTotal } from './sloQueries';
import { spanName } from './spanNames';
import { templateLiteral } from './templateText';

type Severity = 'page' | 'ticket';

/**
 * An SLO KPI's page and ticket rules: the SRE workbook's pairs (errorBudget.ts), their factors scaled to the
 * KPI's window as the app scales them. Each span's burn rate is a math expression (BurnOneHour ...), read from
 * good/total when the KPI has them (exact), else from the mean of its SLI query over the span (as the app
 * reads it); the condition fires when both spans of a pair burn at least at the pair's factor.
 */
export function burnRateRules(kpi: Kpi, title: (severity: Severity) => string): KpiRule[] | SkippedKpi {
  if (isCalendarWindow(kpi.window)) {
    return {
      kpiId: kpi.id,
      reason: `its window '${kpi.window}' is a calendar period: burn-rate factors are scaled to a fixed window`,
    };
  }
  const windowMs = durationMs(kpi.window)!;
  const events = goodTotal(kpi);
  return (['page', 'ticket'] as const).map((severity) => burnRule(kpi, severity, title(severity), windowMs, events));
}

function burnRule(kpi: Kpi, severity: Severity, title: string, windowMs: number, events?: GoodTotal): KpiRule {
  const pairs = BURN_ALERT_PAIRS.filter((pair) => pair.severity === severity).map((pair) => ({
    ...pair,
    factor: burnThreshold(pair.budgetShare, windowMs, durationMs(pair.longWindow)!),
  }));
  const spans = [...new Set(pairs.flatMap((pair) => [pair.longWindow, pair.shortWindow]))];
  const condition = severity === 'page' ? 'Page' : 'Ticket';
  const burn = (span: string) => `$Burn${spanName(span)}`;
  const formula = pairs
    .map(
      ({ longWindow, shortWindow, factor }) => `(${burn(longWindow)} >= ${factor} && ${burn(shortWindow)} >= ${factor})`
    )
    .join(' || ');
  const rate = (span: string) => `{{ printf "%.1f" .Values.Burn${spanName(span)}.Value }}x over ${span}`;
  const readings = pairs
    .map(({ longWindow, shortWindow, factor }) => `${rate(longWindow)} and ${rate(shortWindow)} (at ${factor}x)`)
    .join('; ');
  const source = events ? 'good/total events' : 'the mean of its SLI query (an approximation)';
  return {
    kpiId: kpi.id,
    team: kpi.team,
    kind: `burn-${severity}`,
    uid: ruleUid(kpi.id, `burn-${severity}`),
    title,
    condition,
    data: [...spans.flatMap((span) => spanBurn(kpi, span, events)), mathExpression(condition, formula)],
    noDataState: 'NoData',
    execErrState: 'Error',
    for: '0s',
    labels: ruleLabels(kpi, severity),
    annotations: ruleAnnotations(
      kpi,
      `${templateLiteral(kpi.name)} is burning its error budget too fast: ${severity}`,
      `Burn rate ${readings}, from ${source}.`
    ),
    isPaused: false,
  };
}

/** The queries and expressions that end in `Burn<Span>`: the burn rate over that span. */
function spanBurn(kpi: Kpi, span: string, events?: GoodTotal): AlertQuery[] {
  const name = spanName(span);
  const seconds = durationMs(span)! / 1000;
  const objective = kpi.slo!.objective;
  if (events) {
    return [
      datasourceQuery(`GoodEvents${name}`, oneNumber(events.good), seconds),
      datasourceQuery(`TotalEvents${name}`, oneNumber(events.total), seconds),
      reduceExpression(`Good${name}`, `GoodEvents${name}`, 'last'),
      reduceExpression(`Total${name}`, `TotalEvents${name}`, 'last'),
      mathExpression(`Burn${name}`, `(1 - $Good${name} / $Total${name}) / ${budgetRatio(objective)}`),
    ];
  }
  const scale = percentFactor(kpi.unit) ?? 1;
  const sli = scale === 1 ? `$Sli${name}` : `$Sli${name} * ${scale}`;
  return [
    datasourceQuery(`SliSamples${name}`, kpi.query, seconds),
    reduceExpression(`Sli${name}`, `SliSamples${name}`, 'mean'),
    mathExpression(`Burn${name}`, `(100 - ${sli}) / ${budgetPercent(objective)}`),
  ];
}

/** Good or total as one number over the span: `$__range` is the span, and Prometheus answers at now only. */
function oneNumber(query: KpiQuery): KpiQuery {
  return query.datasource.type === 'prometheus' ? { ...query, instant: true, range: false } : query;
}
