import { type Kpi, type KpiSelector, type KpiStatus } from './types';

/**
 * Whether a KPI (as written: a broken one may lack fields) matches a scorecard's or a panel's selection; every
 * given criterion must hold.
 */
export function matchesSelector(kpi: Partial<Kpi>, selector: KpiSelector, status?: KpiStatus): boolean {
  if (selector.ids && selector.ids.length > 0 && (kpi.id === undefined || !selector.ids.includes(kpi.id))) {
    return false;
  }
  const checks: Array<[string | undefined, string | undefined]> = [
    [selector.team, kpi.team],
    [selector.category, kpi.category],
    [selector.type, kpi.type],
    [selector.objective, kpi.objective],
  ];
  if (checks.some(([wanted, actual]) => wanted !== undefined && wanted !== '' && wanted !== actual)) {
    return false;
  }
  // A broken KPI may have `tags` of another shape (`tags: dora`): only a list of them holds a tag.
  if (selector.tag && !(Array.isArray(kpi.tags) && kpi.tags.includes(selector.tag))) {
    return false;
  }
  return !selector.status || status === undefined || selector.status === status;
}

/**
 * Reads a selector written as `team=platform,type=leading` (the CLI's --select, URL filters).
 * `ids=a|b` selects by id. Throws with the offending part when a key is unknown.
 */
export function parseSelector(text: string): KpiSelector {
  const selector: KpiSelector = {};
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = eq > 0 ? part.slice(0, eq).trim() : '';
    const value = eq > 0 ? part.slice(eq + 1).trim() : '';
    if (!value) {
      throw new Error(`selector part '${part}' must be key=value`);
    }
    if (key === 'ids' || key === 'id') {
      selector.ids = value.split('|').map((v) => v.trim());
    } else if (['team', 'category', 'type', 'tag', 'objective', 'status'].includes(key)) {
      selector[key as Exclude<keyof KpiSelector, 'ids'>] = value;
    } else {
      throw new Error(`unknown selector key '${key}': use id, team, category, type, tag, objective or status`);
    }
  }
  return selector;
}
