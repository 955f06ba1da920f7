import { durationMs, isKnownTimeZone, isKnownUnit, isKnownWindow, MAX_WINDOW } from './grafanaKnowledge';
import { isHttpUrl, isIsoTime } from './linkAndTimeRules';
import { type PathKey } from './places';
import { viewerVariableMessage, viewerVariables } from './queryVariables';
import { reducerProblem } from './reducerProblem';
import { sloErrors } from './sloRules';
import { type Kpi, type Target } from './types';

/** Reports an error at a path inside the entry being checked. */
export type Report = (path: PathKey[], message: string) => void;

/**
 * The rules the schema cannot say (units, reducers, windows and zones that only @grafana/data knows, targets
 * against direction, links and times), on the fields that have their shape: a field with the wrong shape is
 * the schema's error already.
 */
export function checkKpiRules(kpi: Partial<Kpi>, error: Report, hasSlo = kpi.slo !== undefined) {
  if (kpi.target) {
    checkTarget(kpi.direction, kpi.target, error, hasSlo);
  }
  for (const { path, message } of sloErrors({ ...kpi })) {
    error(path.split('.'), message);
  }
  if (kpi.unit !== undefined && !isKnownUnit(kpi.unit)) {
    error(['unit'], `unknown unit '${kpi.unit}': use a Grafana unit id such as percent, ms or suffix:req/s`);
  }
  const reducer = kpi.reduce === undefined ? undefined : reducerProblem(kpi.reduce);
  if (reducer !== undefined) {
    error(['reduce'], reducer);
  }
  if (kpi.window !== undefined && !isKnownWindow(kpi.window)) {
    error(
      ['window'],
      `unknown window '${kpi.window}': use a duration like 7d or 24h, or week | month | quarter | year`
    );
  }
  if (kpi.window !== undefined && (durationMs(kpi.window) ?? 0) > durationMs(MAX_WINDOW)!) {
    error(['window'], `window '${kpi.window}' is longer than ${MAX_WINDOW}, the longest a KPI may have`);
  }
  if (kpi.maxAge !== undefined && durationMs(kpi.maxAge) === undefined) {
    error(['maxAge'], `unknown duration '${kpi.maxAge}': use a duration like 15m, 2h or 1d`);
  }
  if (kpi.timezone !== undefined && !isKnownTimeZone(kpi.timezone)) {
    error(['timezone'], `unknown time zone '${kpi.timezone}': use an IANA name like Europe/Berlin or UTC`);
  }
  kpi.history?.forEach((entry, j) => {
    if (!isIsoTime(entry.at)) {
      error(
        ['history', j, 'at'],
        `not an ISO 8601 time '${entry.at.slice(0, 60)}': write it like 2024-05-01T09:30:00Z`
      );
    }
  });
  const queries = { query: kpi.query, slo: { good: kpi.slo?.good, total: kpi.slo?.total } };
  for (const { path, written } of viewerVariables(queries)) {
    error(path, viewerVariableMessage(written));
  }
  kpi.links?.forEach((link, j) => {
    if (!isHttpUrl(link.url)) {
      const got = link.url.slice(0, 60);
      const why = /^https?:/i.test(link.url)
        ? `not a whole http(s) URL with a host, got '${got}': write it like https://wiki.example.com/runbook`
        : `only http(s) links are allowed, got '${got}'`;
      error(['links', j, 'url'], why);
    }
  });
}

function checkTarget(direction: Kpi['direction'] | undefined, target: Target, error: Report, isSlo: boolean) {
  if (direction === 'in-range') {
    checkRangeTarget(target, error);
    return;
  }
  if (direction === undefined) {
    return;
  }
  if (target.value === undefined) {
    // An SLO's target is its objective: it may be left out.
    if (!isSlo) {
      error(['target', 'value'], `required for ${direction}`);
    }
    return;
  }
  if (direction === 'higher-is-better' && target.atRisk !== undefined && target.atRisk > target.value) {
    error(['target', 'atRisk'], `must not be above target.value (${target.value}) for higher-is-better`);
  }
  if (direction === 'lower-is-better' && target.atRisk !== undefined && target.atRisk < target.value) {
    error(['target', 'atRisk'], `must not be below target.value (${target.value}) for lower-is-better`);
  }
}

function checkRangeTarget(target: Target, error: Report) {
  if (target.min === undefined) {
    error(['target', 'min'], 'required for in-range');
  }
  if (target.max === undefined) {
    error(['target', 'max'], 'required for in-range');
  }
  if (target.min !== undefined && target.max !== undefined && target.min > target.max) {
    error(['target'], `min (${target.min}) is greater than max (${target.max})`);
  }
  if (target.atRisk !== undefined) {
    error(['target', 'atRisk'], 'does not apply to in-range: the at-risk band is 10% of (max - min) outside the range');
  }
}
