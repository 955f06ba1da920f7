import { QueryOutcome, evaluateKpi } from './evaluateKpi';
import { previousWindow, resolveWindow } from './kpiWindow';
import { Kpi, KpiEvaluation } from './types';

export interface CatalogEvaluationInput {
  kpis: Kpi[];
  now: number;
  /** Zone for calendar windows of KPIs without their own `timezone`: 'browser', 'utc' or an IANA name. */
  timeZone: string;
  current: (kpi: Kpi) => QueryOutcome | undefined;
  previous?: (kpi: Kpi) => QueryOutcome | undefined;
}

/** Evaluates KPIs in catalog order. A KPI whose query got no answer is an error that says so. */
export function evaluateCatalog({ kpis, now, timeZone, current, previous }: CatalogEvaluationInput): KpiEvaluation[] {
  return kpis.map((kpi) => {
    const zone = kpi.timezone ?? timeZone;
    const window = resolveWindow(kpi.window, now, zone);
    return evaluateKpi({
      kpi,
      now,
      window,
      current: current(kpi) ?? { error: `no answer for refId '${kpi.id}' in the response` },
      previousWindow: previousWindow(kpi.window, window, zone),
      previous: previous?.(kpi),
    });
  });
}
