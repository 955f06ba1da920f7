import { type Kpi, type SloQuery } from '../types';
import { toTimeWindow } from './opensloWindow';

/** Annotation keys for what the catalog needs and OpenSLO has no field for. */
export const ANNOTATION = {
  owner: 'kpi-scorecards.app/owner',
  team: 'kpi-scorecards.app/team',
  type: 'kpi-scorecards.app/type',
  /** JSON of the KPI's own query (its value the SLI in percent) when the indicator is a ratioMetric of good/total. */
  query: 'kpi-scorecards.app/query',
  /** JSON of the KPI's other fields that OpenSLO lacks (unit, links, tags, ...), so an import gives them back. */
  fields: 'kpi-scorecards.app/fields',
} as const;

/** OpenSLO's longest name (metadata.name). */
const MAX_NAME = 255;

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
 * An SLO KPI as one OpenSLO v1 `kind: SLO` document with its indicator inline: a `ratioMetric` of the KPI's
 * `slo.good` and `slo.total` when it has them (its own query then goes in an annotation), else a `thresholdMetric`
 * whose metric source is the KPI's query (its value is the SLI in percent); the objective as `target` (a ratio),
 * the window as `timeWindow`. Returns the reason instead for a KPI OpenSLO cannot express.
 */
export function toOpenSlo(kpi: Kpi): Record<string, unknown> | string {
  if (!kpi.slo) {
    return 'not an SLO KPI (it has no slo)';
  }
  const timeWindow = toTimeWindow(kpi.window, kpi.timezone);
  if (typeof timeWindow === 'string') {
    return timeWindow;
  }
  if (kpi.id.length > MAX_NAME - '-sli'.length) {
    return `id longer than ${MAX_NAME - '-sli'.length} characters: OpenSLO's names (and its SLI's) have at most ${MAX_NAME}`;
  }
  const { good, total, ...slo } = kpi.slo;
  const ratio = good && total ? { good, total } : undefined;
  // A description OpenSLO's spec cannot hold (empty, or past its 1050 characters) goes with the fields.
  const described = kpi.description !== undefined && kpi.description !== '' && [...kpi.description].length <= 1050;
  const fields = Object.fromEntries(
    Object.entries({ ...kpi, slo: ratio ? slo : kpi.slo }).filter(
      ([key]) => !CARRIED.has(key) || (key === 'description' && !described)
    )
  );
  const source = (query: SloQuery) => ({
    metricSource: { type: query.datasource?.type ?? kpi.query.datasource?.type ?? 'grafana', spec: query },
  });
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
        ...(ratio ? { [ANNOTATION.query]: JSON.stringify(kpi.query) } : {}),
        [ANNOTATION.fields]: JSON.stringify(fields),
      },
    },
    spec: {
      ...(described ? { description: kpi.description } : {}),
      service: serviceName(kpi.team, kpi.id),
      indicator: {
        metadata: { name: `${kpi.id}-sli` },
        // good and total are counts over the span asked ($__range), not raw counters: counter is false.
        spec: ratio
          ? { ratioMetric: { counter: false, good: source(ratio.good), total: source(ratio.total) } }
          : { thresholdMetric: source(kpi.query) },
      },
      timeWindow: [timeWindow],
      budgetingMethod: 'Occurrences',
      objectives: [{ displayName: kpi.name, target: objectiveRatio(kpi.slo.objective) }],
    },
  };
}

/** An objective in percent as OpenSLO's ratio, written as a person would (99.9 is 0.999, not 0.9990000000000001). */
export function objectiveRatio(percent: number): number {
  return Number((percent / 100).toPrecision(15));
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
