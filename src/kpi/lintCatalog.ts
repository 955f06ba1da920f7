import { percentFactor } from './grafanaKnowledge';
import { isRecord, itemPlace } from './places';
import { targetTrapWarnings } from './sloRules';
import { queryIdentity } from './stableStringify';
import { Kpi, Problem } from './types';

/** The seeds' selection principles: findings that do not block a save. */
export const MAX_KPIS_PER_TEAM = 7;

/** Warnings for the KPIs that have no errors (`skip` holds the indexes of those that do), and for teams. */
export function lintCatalog(items: unknown[], skip: ReadonlyMap<number, unknown>): Problem[] {
  const warnings: Problem[] = [];
  const warn = (place: string, message: string, kpiIndex?: number) =>
    warnings.push({ severity: 'warning', place, message, kpiIndex });
  const good: Array<[number, Kpi]> = [];
  items.forEach((item, i) => {
    if (isRecord(item) && !skip.has(i)) {
      good.push([i, item as unknown as Kpi]);
    }
  });

  // A team's make-up counts every KPI that names its team, even one with errors elsewhere: the warnings are
  // about the team, and an invalid lagging KPI still means the team watches an outcome.
  const byTeam = new Map<string, Array<[number, Partial<Kpi>]>>();
  items.forEach((item, i) => {
    if (isRecord(item) && typeof item.team === 'string') {
      byTeam.set(item.team, [...(byTeam.get(item.team) ?? []), [i, item as Partial<Kpi>]]);
    }
  });
  const byQuery = new Map<string, number>();
  for (const [i, kpi] of good) {
    const place = itemPlace('kpis', i, kpi);
    if (!kpi.description || kpi.description.trim() === '') {
      warn(`${place}.description`, 'no description: say what the KPI measures and why it matters', i);
    }
    if (!kpi.cadence) {
      warn(
        `${place}.cadence`,
        'no review cadence: say how often the owner reviews it (daily | weekly | monthly | quarterly)',
        i
      );
    }
    if (kpi.slo && percentFactor(kpi.unit) === undefined) {
      // The error budget reads the value in percent unless the unit is percentunit: 0.999 would be 0.999%.
      const unit = kpi.unit === undefined ? 'no unit' : `unit '${kpi.unit}' is not a ratio`;
      const scales = 'percent (0-100) or percentunit (0-1), the scales its error budget reads';
      warn(`${place}.unit`, `${unit}, but an SLO's value is a success ratio: use ${scales}`, i);
    }
    for (const { path, message } of targetTrapWarnings(kpi as unknown as Record<string, unknown>)) {
      warn(`${place}.${path}`, message, i);
    }
    const key = queryIdentity(kpi.query);
    const twin = byQuery.get(key);
    if (twin !== undefined) {
      warn(`${place}.query`, `same datasource and query as ${itemPlace('kpis', twin, items[twin])}`, i);
    } else {
      byQuery.set(key, i);
    }
  }
  for (const [team, members] of byTeam) {
    const [firstIndex, first] = members[0];
    const place = `${itemPlace('kpis', firstIndex, first)}.team`;
    if (members.length > MAX_KPIS_PER_TEAM) {
      warn(
        place,
        `team '${team}' has ${members.length} KPIs: keep at most ${MAX_KPIS_PER_TEAM} so each one gets attention`
      );
    }
    const types = new Set(members.map(([, k]) => k.type).filter((type) => type === 'leading' || type === 'lagging'));
    if (types.size === 1) {
      const only = [...types][0];
      const missing = only === 'leading' ? 'lagging outcomes' : 'leading indicators';
      warn(place, `team '${team}' has only ${only} KPIs: add ${missing} so cause and effect are both watched`);
    }
  }
  return warnings;
}
