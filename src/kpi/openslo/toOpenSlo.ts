import { Kpi } from '../types';
import { toTimeWindow } from './opensloWindow';

/** Annotation keys for what the catalog needs and OpenSLO has no field for. */
export const ANNOTATION = {
  owner: 'kpi-scorecards.app/owner',
  team: 'kpi-scorecards.app/team',
  type: 'kpi-scorecards.app/type',
  /** JSON of the KPI's other fields that OpenSLO lacks (unit, links, tags, ...), so an import gives them back. */
  fields: 'kpi-scorecards.app/fields',
} as const;

/** What OpenSLO itself carries: the rest goes into the fields annotation. Revisions are the app's, not exported. */
const CARRIED = new Set([
  'id',
  'name',
  'description',
  'owner',
  'team',
  'type',
  'query',
  'window',
  'revision',
  'history',
]);

/**
 * An SLO KPI as one OpenSLO v1 `kind: SLO` document with its indicator inline: a `thresholdMetric` whose metric
 * source is the KPI's query (its value is the SLI in percent), the objective as `target` (a ratio), the window
 * as `timeWindow`. Returns the reason instead for a KPI OpenSLO cannot express.
 */
export function toOpenSlo(kpi: Kpi): Record<string, unknown> | string {
  if (!kpi.slo) {
    return 'not an SLO KPI (it has no slo)';
  }
  const timeWindow = toTimeWindow(kpi.window, kpi.timezone);
  if (typeof timeWindow === 'string') {
    return timeWindow;
  }
  // An empty description has no place in OpenSLO's spec (it is left out there): it goes with the fields.
  const fields = Object.fromEntries(
    Object.entries(kpi).filter(([key, value]) => !CARRIED.has(key) || (key === 'description' && value === ''))
  );
  return {
    apiVersion: 'openslo/v1',
    kind: 'SLO',
    metadata: {
      name: kpi.id,
      displayName: kpi.name,
      annotations: {
        [ANNOTATION.owner]: kpi.owner,
        [ANNOTATION.team]: kpi.team,
        [ANNOTATION.type]: kpi.type,
        [ANNOTATION.fields]: JSON.stringify(fields),
      },
    },
    spec: {
      ...(kpi.description ? { description: kpi.description } : {}),
      service: serviceName(kpi.team, kpi.id),
      indicator: {
        metadata: { name: `${kpi.id}-sli` },
        spec: { thresholdMetric: { metricSource: { type: kpi.query.datasource?.type ?? 'grafana', spec: kpi.query } } },
      },
      timeWindow: [timeWindow],
      budgetingMethod: 'Occurrences',
      objectives: [{ displayName: kpi.name, target: kpi.slo.objective / 100 }],
    },
  };
}

/** OpenSLO's service is a name (lowercase, digits, . - /): the team written so, else the KPI's id. */
function serviceName(team: string, id: string): string {
  const name = team
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 255);
  return name === '' ? id : name;
}
