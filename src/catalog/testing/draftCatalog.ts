import { type KpiCatalog } from '../../kpi/types';
import { makeKpi } from '../../test-fixtures/kpiBuilders';

/** Who makes the edits in the draft tests (revision history). */
export const author = { by: 'ann', at: '2026-05-01T00:00:00.000Z' };

/** A small draft with every kind of reference: a driver, an objective, a scorecard picking both KPIs by id. */
export const draftCatalog: KpiCatalog = {
  apiVersion: 'kpi-scorecards/v1',
  kind: 'KpiCatalog',
  objectives: [{ id: 'speed', title: 'Speed' }],
  kpis: [makeKpi({ id: 'lead', drives: ['lag'], objective: 'speed' }), makeKpi({ id: 'lag', type: 'lagging' })],
  scorecards: [{ id: 's', title: 'S', select: { ids: ['lag', 'lead'] } }],
};
