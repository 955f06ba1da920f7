import { API_VERSION, KIND, type KpiCatalog } from './types';

/** A catalog with nothing in it: where an app without one, and a new editor draft, start. */
export function emptyCatalog(): KpiCatalog {
  return { apiVersion: API_VERSION, kind: KIND, objectives: [], kpis: [], scorecards: [] };
}
