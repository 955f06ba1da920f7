import { BURN_ALERT_PAIRS, burnThreshold } from '../kpi/errorBudget';
import { durationMs, isCalendarWindow } from '../kpi/grafanaKnowledge';
import { type Kpi } from '../kpi/types';
import { type SkippedKpi } from './kpiRule';
import { ruleAnnotations, ruleLabels } from './ruleAnnotations';
import { budgetRatio, goodTotal } from './sloQueries';
import { templateLiteral } from './templateText';

/** The spans every burn pair reads, shortest first; the KPI's window is recorded after them. */
const SPANS = ['5m', '30m', '1h', '2h', '6h', '1d', '3d'];

const RECORD_PREFIX = 'kpi:sli_error:ratio_rate';
const ALERT_NAME = 'KpiErrorBudgetBurn';

type PromRule =
  | { record: string; expr: string; labels: Record<string, string> }
  | { alert: string; expr: string; labels: Record<string, string>; annotations: Record<string, string> };

export interface PrometheusRules {
  file: { groups: Array<{ name: string; rules: PromRule[] }> };
  skipped: SkippedKpi[];
}

/**
 * A Prometheus rule file for the SLO KPIs with good/total on Prometheus, in the shape Sloth generates: per KPI one
 * group that records the error ratio (1 - good/total, `$__range` being the span) over each span and the window,
 * labelled `kpi`, then the page and ticket alerts on the workbook's pairs, factors scaled to the window, no `for`.
 */
export function prometheusRules(kpis: Kpi[]): PrometheusRules {
  const result: PrometheusRules = { file: { groups: [] }, skipped: [] };
  for (const kpi of kpis) {
    const why = cannotRecord(kpi);
    if (why) {
      result.skipped.push({ kpiId: kpi.id, reason: why });
      continue;
    }
    const { good, total } = goodTotal(kpi)!;
    const window = promDuration(durationMs(kpi.window)!);
    const ratio = (span: string) => `1 - (${overSpan(good.expr, span)}) / (${overSpan(total.expr, span)})`;
    const records: PromRule[] = [...new Set([...SPANS, window])].map((span) => ({
      record: RECORD_PREFIX + span,
      expr: ratio(span),
      labels: { kpi: kpi.id },
    }));
    const alerts = (['page', 'ticket'] as const).map((severity) => burnAlert(kpi, severity));
    result.file.groups.push({ name: `kpi-${kpi.id}`, rules: [...records, ...alerts] });
  }
  return result;
}

function burnAlert(kpi: Kpi, severity: 'page' | 'ticket'): PromRule {
  const windowMs = durationMs(kpi.window)!;
  const budget = budgetRatio(kpi.slo!.objective);
  const pairs = BURN_ALERT_PAIRS.filter((pair) => pair.severity === severity).map((pair) => ({
    ...pair,
    factor: burnThreshold(pair.budgetShare, windowMs, durationMs(pair.longWindow)!),
  }));
  // `>=`: a burn of exactly the factor fires, as the app's alert does.
  const over = (span: string, factor: number) => `${RECORD_PREFIX}${span}{kpi="${kpi.id}"} >= (${factor} * ${budget})`;
  const expr = pairs
    .map(({ longWindow, shortWindow, factor }) => `(${over(longWindow, factor)} and ${over(shortWindow, factor)})`)
    .join('\nor\n');
  const words = pairs
    .map(({ longWindow, shortWindow, factor }) => `${factor}x over both ${longWindow} and ${shortWindow}`)
    .join(', or ');
  return {
    alert: ALERT_NAME,
    expr,
    labels: ruleLabels(kpi, severity),
    annotations: ruleAnnotations(
      kpi,
      `${templateLiteral(kpi.name)} is burning its error budget too fast: ${severity}`,
      `The error ratio is at least ${words} its budget of ${budget} (objective ${kpi.slo!.objective}% over ${kpi.window}).`
    ),
  };
}

/** Why a KPI gets no Prometheus rules, or undefined when it gets them. */
function cannotRecord(kpi: Kpi): string | undefined {
  if (!kpi.slo) {
    return 'not an SLO KPI';
  }
  const events = goodTotal(kpi);
  if (!events) {
    return 'its SLO has no good and total queries: recording rules need the event counts';
  }
  if (isCalendarWindow(kpi.window)) {
    return `its window '${kpi.window}' is a calendar period, which Prometheus ranges cannot express`;
  }
  for (const [name, query] of Object.entries(events)) {
    if (query.datasource.type !== 'prometheus' || typeof query.expr !== 'string') {
      return `its ${name} query is not a Prometheus expr`;
    }
    if (!RANGE.test(query.expr)) {
      return `its ${name} query has no $__range to stand for each span`;
    }
    if (overSpan(query.expr, '5m').includes('$')) {
      return `its ${name} query uses a Grafana variable other than $__range, which Prometheus does not know`;
    }
  }
  return undefined;
}

const RANGE = /\$\{__range\}|\$__range\b/;

function overSpan(expr: unknown, span: string): string {
  return String(expr).replace(new RegExp(RANGE.source, 'g'), span);
}

/** A duration in Prometheus' units (d, h, m, s): 30d, 24h; Grafana's w, M and y are not all Prometheus'. */
function promDuration(ms: number): string {
  const units: Array<[string, number]> = [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
  ];
  const [unit, size] = units.find(([, size]) => ms % size === 0) ?? ['ms', 1];
  return `${ms / size}${unit}`;
}
