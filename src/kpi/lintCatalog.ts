import { type Entry } from './catalogEntries';
import { percentFactor } from './grafanaKnowledge';
import { itemPlace, type PathKey } from './places';
import { targetTrapWarnings } from './sloRules';
import { queryIdentity } from './stableStringify';
import { type Kpi, type Problem } from './types';

/** The entry's id as its place shows it (a broken entry's id only where it is text). */
function idOf(entry: Entry<Kpi>): string | undefined {
  const id = entry.ok ? entry.value.id : entry.fields.id;
  return id === '' ? undefined : id;
}

/** The seeds' selection principles: findings that do not block a save. */
const MAX_KPIS_PER_TEAM = 7;

type Warn = (i: number, path: PathKey[], message: string) => void;

/** Warnings for the valid KPIs, and for teams. */
export function lintCatalog(kpis: ReadonlyArray<Entry<Kpi>>): Problem[] {
  const warnings: Problem[] = [];
  const warn: Warn = (i, path, message) =>
    warnings.push({ severity: 'warning', at: { list: 'kpis', index: i, id: idOf(kpis[i]), path }, message });
  const good = kpis.flatMap((entry): Array<[number, Kpi]> => (entry.ok ? [[entry.index, entry.value]] : []));
  const byQuery = new Map<string, number>();
  for (const [i, kpi] of good) {
    warnKpi(kpi, (path, message) => warn(i, path, message));
    const key = queryIdentity(kpi.query);
    const twin = byQuery.get(key);
    if (twin !== undefined) {
      warn(i, ['query'], `same datasource and query as ${itemPlace('kpis', twin, { id: idOf(kpis[twin]) })}`);
    } else {
      byQuery.set(key, i);
    }
  }
  for (const [team, members] of kpisByTeam(kpis)) {
    warnTeam(team, members, warn);
  }
  return warnings;
}

/** One valid KPI's own warnings: what it leaves unsaid, and targets that trap its reader. */
function warnKpi(kpi: Kpi, warn: (path: PathKey[], message: string) => void) {
  if (!kpi.description || kpi.description.trim() === '') {
    warn(['description'], 'no description: say what the KPI measures and why it matters');
  }
  if (!kpi.cadence) {
    warn(['cadence'], 'no review cadence: say how often the owner reviews it (daily | weekly | monthly | quarterly)');
  }
  if (kpi.slo && percentFactor(kpi.unit) === undefined) {
    // The error budget reads the value in percent unless the unit is percentunit: 0.999 would be 0.999%.
    const unit = kpi.unit === undefined ? 'no unit' : `unit '${kpi.unit}' is not a ratio`;
    const scales = 'percent (0-100) or percentunit (0-1), the scales its error budget reads';
    warn(['unit'], `${unit}, but an SLO's value is a success ratio: use ${scales}`);
  }
  for (const { path, message } of targetTrapWarnings({ ...kpi })) {
    warn(path.split('.'), message);
  }
}

/**
 * A team's make-up counts every KPI that names its team, even one with errors elsewhere: the warnings are
 * about the team, and an invalid lagging KPI still means the team watches an outcome.
 */
function kpisByTeam(kpis: ReadonlyArray<Entry<Kpi>>): Map<string, Array<[number, Partial<Kpi>]>> {
  const byTeam = new Map<string, Array<[number, Partial<Kpi>]>>();
  for (const entry of kpis) {
    const kpi = entry.ok ? entry.value : entry.fields;
    if (kpi.team !== undefined) {
      byTeam.set(kpi.team, [...(byTeam.get(kpi.team) ?? []), [entry.index, kpi]]);
    }
  }
  return byTeam;
}

/** Too many KPIs for one team, or only one kind of them: said on the team's first KPI. */
function warnTeam(team: string, members: Array<[number, Partial<Kpi>]>, warn: Warn) {
  const [firstIndex] = members[0];
  if (members.length > MAX_KPIS_PER_TEAM) {
    warn(
      firstIndex,
      ['team'],
      `team '${team}' has ${members.length} KPIs: keep at most ${MAX_KPIS_PER_TEAM} so each one gets attention`
    );
  }
  const types = new Set(members.flatMap(([, k]) => (k.type ? [k.type] : [])));
  if (types.size === 1) {
    const only = [...types][0];
    const missing = only === 'leading' ? 'lagging outcomes' : 'leading indicators';
    warn(
      firstIndex,
      ['team'],
      `team '${team}' has only ${only} KPIs: add ${missing} so cause and effect are both watched`
    );
  }
}
