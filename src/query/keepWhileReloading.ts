import { type KpiResult } from './evaluateResults';

/**
 * On a refresh the last answer stays on screen, marked loading, until the new one arrives: no flashing cards or
 * rows. `previous` is what is on screen, `next` the new evaluation's results (matched by KPI id).
 */
export function keepWhileReloading(previous: KpiResult[], next: KpiResult[]): KpiResult[] {
  const before = new Map(previous.map((r) => [r.kpi.id, r]));
  return next.map((r) => {
    const old = before.get(r.kpi.id);
    if (r.evaluation === undefined && old?.evaluation) {
      // Already the kept answer marked loading: the same object, so its view need not render again.
      return old.loading ? old : { ...old, loading: true };
    }
    return r;
  });
}
