import { type z } from 'zod';

import { type Entry, type ValidationResult } from './catalogEntries';
import { checkReferences, checkSelector, type IdIndex } from './catalogReferences';
import { catalogHeaderSchema, issueMessage, kpiSchema, objectiveSchema, scorecardSchema } from './catalogSchema';
import { emptyCatalog } from './emptyCatalog';
import { checkKpiRules, type Report } from './kpiRules';
import { lintCatalog } from './lintCatalog';
import { entryLabel, entryPlace, isRecord, pathOf, type CatalogList, type Place } from './places';
import { salvage } from './salvage';
import { type Kpi, type KpiCatalog, type Objective, type Problem, type Scorecard } from './types';

export type { BrokenEntry, Entry, ValidationResult, ValidEntry } from './catalogEntries';
export { isHttpUrl, isIsoTime } from './linkAndTimeRules';

/** The catalog's id rule, exactly: "lowercase slug [a-z0-9-]". */
const SLUG = /^[a-z0-9-]+$/;

/** One list's entries as far as their shape goes: the fields that have it, by index. */
interface Checked<T> {
  list: CatalogList;
  raw: unknown[];
  fields: Array<Partial<T>>;
  ids: IdIndex;
}

/**
 * Parses a catalog document by the spec's rules: valid entries come back typed, broken ones with their problems
 * at their places. Reports every problem; never throws.
 */
export function validateCatalog(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  if (!isRecord(input)) {
    problems.push({
      severity: 'error',
      at: { path: [] },
      message: 'must be a KpiCatalog object with apiVersion, kind and kpis',
    });
    return finish(emptyCatalog(), problems, [], [], []);
  }
  collect(catalogHeaderSchema, input, { path: [] }, problems);
  const list = (name: CatalogList) => (Array.isArray(input[name]) ? (input[name] as unknown[]) : []);
  const objectives = checkList<Objective>('objectives', list('objectives'), objectiveSchema, problems);
  const kpis = checkList<Kpi>('kpis', list('kpis'), kpiSchema, problems);
  const scorecards = checkList<Scorecard>('scorecards', list('scorecards'), scorecardSchema, problems);
  const at =
    (name: CatalogList, i: number): Report =>
    (path, message) =>
      problems.push({ severity: 'error', at: entryPlace(name, i, list(name)[i], path), message });
  kpis.fields.forEach((kpi, i) => {
    // An SLO's target may be left out even when its slo has another error (written, not yet well-formed).
    const raw = list('kpis')[i];
    checkKpiRules(kpi, at('kpis', i), isRecord(raw) && raw.slo !== undefined);
    checkReferences(kpi, kpis.ids, (index) => kpis.fields[index].type, objectives.ids, at('kpis', i));
  });
  scorecards.fields.forEach((scorecard, i) => {
    if (scorecard.select) {
      checkSelector(scorecard.select, kpis.ids, objectives.ids, at('scorecards', i));
    }
  });
  const kpiEntries = entries(kpis, problems);
  problems.push(...lintCatalog(kpiEntries));
  return finish(
    input as unknown as KpiCatalog,
    problems,
    kpiEntries,
    entries(objectives, problems),
    entries(scorecards, problems)
  );
}

/** Each entry's shape, then its id: a slug, and not one an entry before it has. */
function checkList<T>(name: CatalogList, raw: unknown[], schema: z.ZodObject, problems: Problem[]): Checked<T> {
  const ids: IdIndex = new Map();
  const fields = raw.map((item, i) => {
    const place = entryPlace(name, i, item);
    const shaped = collect(schema, item, place, problems) ? (item as Partial<T>) : salvage<T>(schema, item);
    const id = (shaped as { id?: string }).id;
    if (id === undefined) {
      return shaped;
    }
    const error = (message: string) => problems.push({ severity: 'error', at: { ...place, path: ['id'] }, message });
    if (!SLUG.test(id)) {
      error(`'${id}' is not a slug: use only lowercase letters, digits and hyphens (a-z, 0-9, -)`);
    }
    const first = ids.get(id);
    if (first !== undefined) {
      error(`duplicate id, also ${name}[${first}]`);
    } else {
      ids.set(id, i);
    }
    return shaped;
  });
  return { list: name, raw, fields, ids };
}

/** Whether the value has the schema's shape (unknown fields aside); reports every issue at its place. */
function collect(schema: z.ZodType, value: unknown, place: Place, problems: Problem[]): boolean {
  const parsed = schema.safeParse(value, { error: issueMessage });
  let shaped = true;
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    // Unknown fields are likely typos ("ownr"), but an older plugin must still read a newer catalog.
    const severity = issue.code === 'unrecognized_keys' ? 'warning' : 'error';
    shaped &&= severity === 'warning';
    problems.push({ severity, at: { ...place, path: [...place.path, ...pathOf(issue.path)] }, message: issue.message });
  }
  return shaped;
}

function entries<T>(checked: Checked<T>, problems: Problem[]): Array<Entry<T>> {
  const byIndex = new Map<number, Problem[]>();
  for (const p of problems) {
    if (p.severity === 'error' && p.at.list === checked.list && p.at.index !== undefined) {
      byIndex.set(p.at.index, [...(byIndex.get(p.at.index) ?? []), p]);
    }
  }
  return checked.raw.map((raw, index): Entry<T> => {
    const errors = byIndex.get(index) ?? [];
    if (errors.length === 0) {
      return { ok: true, index, value: raw as T };
    }
    return {
      ok: false,
      index,
      raw,
      problems: errors,
      fields: checked.fields[index],
      ...entryLabel(raw, index, checked.list),
    };
  });
}

function finish(
  catalog: KpiCatalog,
  problems: Problem[],
  kpis: Array<Entry<Kpi>>,
  objectives: Array<Entry<Objective>>,
  scorecards: Array<Entry<Scorecard>>
): ValidationResult {
  // Errors before warnings, each in document order (catalog-level first, then by KPI).
  problems.sort((a, b) => rank(a) - rank(b));
  const validKpis = kpis.flatMap((entry) => (entry.ok ? [entry.value] : []));
  const hasErrors = problems.some((p) => p.severity === 'error');
  return { catalog, kpis, objectives, scorecards, validKpis, problems, hasErrors };
}

function rank(p: Problem): number {
  return (p.severity === 'error' ? 0 : 1e9) + (p.at.list === 'kpis' ? (p.at.index ?? 0) : -1);
}
