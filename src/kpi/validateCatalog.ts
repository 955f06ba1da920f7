import { z } from 'zod';
import { catalogHeaderSchema, issueMessage, kpiSchema, objectiveSchema, scorecardSchema } from './catalogSchema';
import { MAX_WINDOW, durationMs, isKnownTimeZone, isKnownUnit, isKnownWindow } from './grafanaKnowledge';
import { lintCatalog } from './lintCatalog';
import { isRecord, itemPlace, joinPath } from './places';
import { reducerProblem } from './reducerProblem';
import { sloErrors } from './sloRules';
import { CATEGORIES, KPI_TYPES, KpiCatalog, Problem, STATUSES } from './types';

export interface ValidationResult {
  /** The document as a catalog. Only trust KPIs with no entry in `kpiErrors`. */
  catalog: KpiCatalog;
  problems: Problem[];
  /** Errors by index into kpis[], so a view can show good KPIs and mark the bad ones. */
  kpiErrors: Map<number, Problem[]>;
  hasErrors: boolean;
}

/** The catalog's id rule, exactly: "lowercase slug [a-z0-9-]". */
const SLUG = /^[a-z0-9-]+$/;

/** Checks a parsed catalog document against the spec's rules. Reports every problem; never throws. */
export function validateCatalog(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  const error = (place: string, message: string, kpiIndex?: number) =>
    problems.push({ severity: 'error', place, message, kpiIndex });

  if (!isRecord(input)) {
    error('(document)', 'must be a KpiCatalog object with apiVersion, kind and kpis');
    return finish(emptyCatalog(), problems);
  }
  collect(catalogHeaderSchema, input, '', problems);
  const kpis = Array.isArray(input.kpis) ? input.kpis : [];
  const objectives = Array.isArray(input.objectives) ? input.objectives : [];
  const scorecards = Array.isArray(input.scorecards) ? input.scorecards : [];

  const objectiveIds = checkIds('objectives', objectives, problems, (i, item) =>
    collect(objectiveSchema, item, itemPlace('objectives', i, item), problems)
  );
  const kpiIds = checkIds('kpis', kpis, problems, (i, item) => {
    const place = itemPlace('kpis', i, item);
    collect(kpiSchema, item, place, problems, i);
    if (isRecord(item)) {
      checkKpiRules(item, place, i, error);
    }
  });
  kpis.forEach((item, i) => {
    if (isRecord(item)) {
      checkReferences(item, itemPlace('kpis', i, item), i, kpis, kpiIds, objectiveIds, error);
    }
  });
  checkIds('scorecards', scorecards, problems, (i, item) => {
    const place = itemPlace('scorecards', i, item);
    collect(scorecardSchema, item, place, problems);
    checkSelector(item, place, kpiIds, objectiveIds, error);
  });

  const catalog = input as unknown as KpiCatalog;
  const checked = finish(catalog, problems);
  return finish(catalog, [...problems, ...lintCatalog(kpis, checked.kpiErrors)]);
}

function finish(catalog: KpiCatalog, problems: Problem[]): ValidationResult {
  const kpiErrors = new Map<number, Problem[]>();
  for (const p of problems) {
    if (p.severity === 'error' && p.kpiIndex !== undefined) {
      kpiErrors.set(p.kpiIndex, [...(kpiErrors.get(p.kpiIndex) ?? []), p]);
    }
  }
  // Errors before warnings, each in document order (catalog-level first, then by KPI).
  problems.sort((a, b) => rank(a) - rank(b));
  return { catalog, problems, kpiErrors, hasErrors: problems.some((p) => p.severity === 'error') };
}

function rank(p: Problem): number {
  return (p.severity === 'error' ? 0 : 1e9) + (p.kpiIndex ?? -1);
}

function emptyCatalog(): KpiCatalog {
  return { apiVersion: 'kpi-scorecards/v1', kind: 'KpiCatalog', kpis: [] };
}

function collect(schema: z.ZodType, value: unknown, base: string, problems: Problem[], kpiIndex?: number) {
  const parsed = schema.safeParse(value, { error: issueMessage });
  if (parsed.success) {
    return;
  }
  for (const issue of parsed.error.issues) {
    // Unknown fields are likely typos ("ownr"), but an older plugin must still read a newer catalog.
    const severity = issue.code === 'unrecognized_keys' ? 'warning' : 'error';
    problems.push({ severity, place: joinPath(base, issue.path) || '(document)', message: issue.message, kpiIndex });
  }
}

/** Slug and uniqueness checks for a list of items with ids; returns the set of ids seen. */
function checkIds(
  list: string,
  items: unknown[],
  problems: Problem[],
  each: (index: number, item: unknown) => void
): Map<string, number> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    each(i, item);
    if (!isRecord(item) || typeof item.id !== 'string' || item.id === '') {
      return;
    }
    const place = `${itemPlace(list, i, item)}.id`;
    const kpiIndex = list === 'kpis' ? i : undefined;
    if (!SLUG.test(item.id)) {
      problems.push({
        severity: 'error',
        place,
        message: `'${item.id}' is not a slug: use only lowercase letters, digits and hyphens (a-z, 0-9, -)`,
        kpiIndex,
      });
    }
    const first = seen.get(item.id);
    if (first !== undefined) {
      problems.push({ severity: 'error', place, message: `duplicate id, also ${list}[${first}]`, kpiIndex });
    } else {
      seen.set(item.id, i);
    }
  });
  return seen;
}

type Report = (place: string, message: string, kpiIndex?: number) => void;

function checkKpiRules(kpi: Record<string, unknown>, place: string, i: number, error: Report) {
  const target = isRecord(kpi.target) ? kpi.target : undefined;
  if (target) {
    checkTarget(kpi.direction, target, `${place}.target`, i, error, isRecord(kpi.slo));
  }
  for (const { path, message } of sloErrors(kpi)) {
    error(`${place}.${path}`, message, i);
  }
  if (typeof kpi.unit === 'string' && kpi.unit !== '' && !isKnownUnit(kpi.unit)) {
    error(`${place}.unit`, `unknown unit '${kpi.unit}': use a Grafana unit id such as percent, ms or suffix:req/s`, i);
  }
  const reducer = typeof kpi.reduce === 'string' && kpi.reduce !== '' ? reducerProblem(kpi.reduce) : undefined;
  if (reducer !== undefined) {
    error(`${place}.reduce`, reducer, i);
  }
  if (typeof kpi.window === 'string' && kpi.window !== '' && !isKnownWindow(kpi.window)) {
    error(
      `${place}.window`,
      `unknown window '${kpi.window}': use a duration like 7d or 24h, or week | month | quarter | year`,
      i
    );
  }
  if (typeof kpi.window === 'string' && (durationMs(kpi.window) ?? 0) > durationMs(MAX_WINDOW)!) {
    error(`${place}.window`, `window '${kpi.window}' is longer than ${MAX_WINDOW}, the longest a KPI may have`, i);
  }
  if (typeof kpi.maxAge === 'string' && kpi.maxAge !== '' && durationMs(kpi.maxAge) === undefined) {
    error(`${place}.maxAge`, `unknown duration '${kpi.maxAge}': use a duration like 15m, 2h or 1d`, i);
  }
  if (typeof kpi.timezone === 'string' && kpi.timezone !== '' && !isKnownTimeZone(kpi.timezone)) {
    error(`${place}.timezone`, `unknown time zone '${kpi.timezone}': use an IANA name like Europe/Berlin or UTC`, i);
  }
  if (Array.isArray(kpi.history)) {
    kpi.history.forEach((entry, j) => {
      if (isRecord(entry) && typeof entry.at === 'string' && entry.at.trim() !== '' && !isIsoTime(entry.at)) {
        error(
          `${place}.history[${j}].at`,
          `not an ISO 8601 time '${entry.at.slice(0, 60)}': write it like 2024-05-01T09:30:00Z`,
          i
        );
      }
    });
  }
  if (Array.isArray(kpi.links)) {
    kpi.links.forEach((link, j) => {
      if (isRecord(link) && typeof link.url === 'string' && !isHttpUrl(link.url)) {
        const got = link.url.slice(0, 60);
        const why = /^https?:/i.test(link.url)
          ? `not a whole http(s) URL with a host, got '${got}': write it like https://wiki.example.com/runbook`
          : `only http(s) links are allowed, got '${got}'`;
        error(`${place}.links[${j}].url`, why, i);
      }
    });
  }
}

function checkTarget(
  direction: unknown,
  target: Record<string, unknown>,
  place: string,
  i: number,
  error: Report,
  isSlo: boolean
) {
  const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  if (direction === 'in-range') {
    if (target.min === undefined) {
      error(`${place}.min`, 'required for in-range', i);
    }
    if (target.max === undefined) {
      error(`${place}.max`, 'required for in-range', i);
    }
    if (num(target.min) && num(target.max) && target.min > target.max) {
      error(place, `min (${target.min}) is greater than max (${target.max})`, i);
    }
    if (target.atRisk !== undefined) {
      error(
        `${place}.atRisk`,
        'does not apply to in-range: the at-risk band is 10% of (max - min) outside the range',
        i
      );
    }
    return;
  }
  if (direction !== 'higher-is-better' && direction !== 'lower-is-better') {
    return;
  }
  // An SLO's target is its objective: it may be left out.
  if (target.value === undefined && !isSlo) {
    error(`${place}.value`, `required for ${direction}`, i);
  }
  if (num(target.value) && num(target.atRisk)) {
    if (direction === 'higher-is-better' && target.atRisk > target.value) {
      error(`${place}.atRisk`, `must not be above target.value (${target.value}) for higher-is-better`, i);
    }
    if (direction === 'lower-is-better' && target.atRisk < target.value) {
      error(`${place}.atRisk`, `must not be below target.value (${target.value}) for lower-is-better`, i);
    }
  }
}

function checkReferences(
  kpi: Record<string, unknown>,
  place: string,
  i: number,
  kpis: unknown[],
  kpiIds: Map<string, number>,
  objectiveIds: Map<string, number>,
  error: Report
) {
  if (typeof kpi.objective === 'string' && kpi.objective !== '' && !objectiveIds.has(kpi.objective)) {
    error(`${place}.objective`, `no objective with id '${kpi.objective}'`, i);
  }
  if (!Array.isArray(kpi.drives)) {
    return;
  }
  if (kpi.drives.length > 0 && kpi.type === 'lagging') {
    error(
      `${place}.drives`,
      'a lagging KPI drives nothing: only leading KPIs name the lagging outcomes they predict',
      i
    );
  }
  kpi.drives.forEach((id, j) => {
    if (typeof id !== 'string') {
      return;
    }
    const index = kpiIds.get(id);
    const driven = index === undefined ? undefined : kpis[index];
    if (driven === undefined) {
      error(`${place}.drives[${j}]`, `no KPI with id '${id}'`, i);
    } else if (id === kpi.id) {
      error(`${place}.drives[${j}]`, 'a KPI cannot drive itself', i);
    } else if (isRecord(driven) && driven.type === 'leading') {
      error(`${place}.drives[${j}]`, `'${id}' is a leading KPI: drives must name lagging outcomes`, i);
    }
  });
}

function checkSelector(
  item: unknown,
  place: string,
  kpiIds: Map<string, number>,
  objectiveIds: Map<string, number>,
  error: Report
) {
  if (!isRecord(item) || !isRecord(item.select)) {
    return;
  }
  const select = item.select;
  if (typeof select.objective === 'string' && !objectiveIds.has(select.objective)) {
    error(`${place}.select.objective`, `no objective with id '${select.objective}'`);
  }
  if (Array.isArray(select.ids)) {
    select.ids.forEach((id, j) => {
      if (typeof id === 'string' && !kpiIds.has(id)) {
        error(`${place}.select.ids[${j}]`, `no KPI with id '${id}'`);
      }
    });
  }
  const enums: Array<[string, readonly string[]]> = [
    ['type', KPI_TYPES],
    ['category', CATEGORIES],
    ['status', STATUSES],
  ];
  for (const [key, values] of enums) {
    const value = select[key];
    if (typeof value === 'string' && !values.includes(value)) {
      error(`${place}.select.${key}`, `must be ${values.map((v) => `"${v}"`).join(' | ')}, got "${value}"`);
    }
  }
}

/** A date and time with its zone, as the app writes `at` (2024-05-01T09:30:00.000Z or ...+02:00). */
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function isIsoTime(text: string): boolean {
  const match = ISO_TIME.exec(text);
  if (!match || Number.isNaN(Date.parse(text))) {
    return false;
  }
  // Date.parse rolls 2024-02-30 over to March: the day must exist in its month.
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate() && hour < 24 && minute < 60;
}

/**
 * An absolute http(s) URL with a host, written out: URL() alone takes `https:host` and `http:///host` (it repairs
 * them, as browsers do), which no one means as a link.
 */
export function isHttpUrl(url: string): boolean {
  if (!/^https?:\/\/[^/\\\s]/i.test(url)) {
    return false;
  }
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname !== '';
  } catch {
    return false;
  }
}
