import { fieldReducers } from '@grafana/data';

import { reducerProblem } from '../../kpi/reducerProblem';

/**
 * The editor's reducer choices: Grafana's own reducers, so the catalog never names one Grafana cannot compute,
 * less those that give no number (allIsNull, allValues …): validation refuses them, a KPI needs a value.
 */
export function reducerOptions() {
  return fieldReducers
    .list()
    .filter((r) => reducerProblem(r.id) === undefined)
    .map((r) => ({ value: r.id, label: r.name, description: r.description }));
}
