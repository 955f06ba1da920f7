import { isRecord } from '../kpi/places';
import { parseSelector } from '../kpi/selectKpis';
import { CATEGORIES, KPI_TYPES, STATUSES, type KpiSelector } from '../kpi/types';
import { UsageError } from './usageError';

/**
 * Refuses a `--select` value that can match nothing: a status, type or category the spec does not have
 * (`status=offtrack` would silently check nothing and pass the gate), or a team, tag, objective or id that no
 * KPI of the catalog has. The message names the values there are.
 */
export function checkSelectorValues(selector: KpiSelector, catalog: unknown): void {
  const kpis = isRecord(catalog) && Array.isArray(catalog.kpis) ? catalog.kpis.filter(isRecord) : [];
  const objectives = isRecord(catalog) && Array.isArray(catalog.objectives) ? catalog.objectives.filter(isRecord) : [];
  const texts = (values: unknown[]) => values.filter((v): v is string => typeof v === 'string');
  const known: Array<[keyof KpiSelector, readonly string[]]> = [
    ['status', STATUSES],
    ['type', KPI_TYPES],
    ['category', CATEGORIES],
    ['team', texts(kpis.map((k) => k.team))],
    ['tag', texts(kpis.flatMap((k) => (Array.isArray(k.tags) ? k.tags : [])))],
    ['objective', texts([...objectives.map((o) => o.id), ...kpis.map((k) => k.objective)])],
  ];
  for (const [key, values] of known) {
    const wanted = selector[key];
    if (typeof wanted === 'string' && wanted !== '' && !values.includes(wanted)) {
      throw new UsageError(`--select: ${unknownValue(key, wanted, values)}`);
    }
  }
  const ids = texts(kpis.map((k) => k.id));
  const missing = (selector.ids ?? []).filter((id) => !ids.includes(id));
  if (missing.length > 0) {
    throw new UsageError(`--select: ${unknownValue('id', missing[0], ids)}`);
  }
}

/** `--select team=platform,type=lagging`, refused with the option's name when it cannot be read. */
export function selectorOption(text: string): KpiSelector {
  try {
    return parseSelector(text);
  } catch (e) {
    throw new UsageError(`--select: ${(e as Error).message}`);
  }
}

/** What to say when a selection (or its status) holds no KPI and the caller did not pass --allow-empty. */
export function emptySelectionError(what: string): UsageError {
  return new UsageError(
    `${what}: the gate would pass on nothing (pass --allow-empty when an empty selection may pass)`
  );
}

const loose = (text: string) => text.toLowerCase().replace(/[\s_-]/g, '');

function unknownValue(key: string, wanted: string, values: readonly string[]): string {
  const distinct = [...new Set(values)].sort();
  const close = distinct.find((v) => loose(v) === loose(wanted));
  const hint = close === undefined ? '' : ` (did you mean ${close}?)`;
  const list = distinct.length === 0 ? 'the catalog has none' : `use ${listText(distinct)}`;
  return `unknown ${key} '${wanted}'${hint}: ${list}`;
}

function listText(values: string[]): string {
  const shown = values.slice(0, 20);
  const more = values.length > shown.length ? ` (and ${values.length - shown.length} more)` : '';
  return shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}${more}`;
}
