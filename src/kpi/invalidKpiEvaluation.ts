import { type KpiEvaluation } from './types';

/** A KPI the catalog defines badly: listed as an error that says what to fix, never dropped or queried. */
export function invalidKpiEvaluation(id: string, error: string): KpiEvaluation {
  return {
    id,
    status: 'error',
    value: null,
    target: null,
    atRisk: null,
    attainment: null,
    forecast: null,
    previous: null,
    delta: null,
    deltaKind: null,
    newestSampleAt: null,
    budgetLeft: null,
    error,
  };
}
