import { evaluateKpi, type QueryOutcome } from './evaluateKpi';
import { previousPeriod, previousWindow, resolveWindow, type KpiWindow, type TimeSpan } from './kpiWindow';
import { type Kpi, type KpiEvaluation } from './types';

export interface CatalogEvaluationInput {
  kpis: Kpi[];
  now: number;
  /** Zone for calendar windows of KPIs without their own `timezone`: 'browser', 'utc' or an IANA name. */
  timeZone: string;
  current: (kpi: Kpi) => QueryOutcome | undefined;
  previous?: (kpi: Kpi) => QueryOutcome | undefined;
  /** The KPI's freshness answer (planKpiRequests), when one was asked. */
  fresh?: (kpi: Kpi) => QueryOutcome | undefined;
}

type Spans = { window: KpiWindow; previousWindow: TimeSpan; previousPeriod?: TimeSpan };

/** Evaluates KPIs in catalog order. A KPI whose query got no answer is an error that says so. */
export function evaluateCatalog({
  kpis,
  now,
  timeZone,
  current,
  previous,
  fresh,
}: CatalogEvaluationInput): KpiEvaluation[] {
  // KPIs mostly share a few windows; resolving a calendar period in a time zone is the costly part.
  // By zone, then window: no key text is built per KPI.
  const zones = new Map<string, Map<string, Spans>>();
  return kpis.map((kpi) => {
    const zone = kpi.timezone ?? timeZone;
    let windows = zones.get(zone);
    if (!windows) {
      windows = new Map();
      zones.set(zone, windows);
    }
    let spans = windows.get(kpi.window);
    if (!spans) {
      const window = resolveWindow(kpi.window, now, zone);
      spans = {
        window,
        previousWindow: previousWindow(kpi.window, window, zone),
        previousPeriod: previousPeriod(kpi.window, window, zone),
      };
      windows.set(kpi.window, spans);
    }
    // Named, not spread: a spread after other properties takes V8's slow path, once per KPI per refresh.
    return evaluateKpi({
      kpi,
      now,
      window: spans.window,
      previousWindow: spans.previousWindow,
      previousPeriod: spans.previousPeriod,
      current: current(kpi) ?? { error: `no answer for refId '${kpi.id}' in the response` },
      previous: previous?.(kpi),
      fresh: fresh?.(kpi),
    });
  });
}
