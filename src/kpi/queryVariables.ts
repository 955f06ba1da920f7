import { type PathKey } from './places';
import { MAX_NESTING } from './yamlLimits';

/**
 * Grafana's variable syntax: `$name`, `${name}`, `${name.field}`, `${name:format}`, `[[name]]`, `[[name:format]]`
 * (the pattern of Grafana's TemplateSrv).
 */
const VARIABLE = /\$(\w+)|\[\[(\w+?)(?::\w+)?\]\]|\$\{(\w+)(?:\.[^:}]+)?(?::[^}]+)?\}/g;

/**
 * The macros a datasource fills from the request's own time range and step. The app sets both to the KPI's span,
 * so they mean the same for every viewer, in `kpi check` and in an alert rule.
 */
const TIME_MACROS = new Set([
  '__interval',
  '__interval_ms',
  '__rate_interval',
  '__rate_interval_ms',
  '__range',
  '__range_s',
  '__range_ms',
  '__from',
  '__to',
  '__auto',
  '__timeFilter',
  '__timeFrom',
  '__timeTo',
  '__timeGroup',
  '__timeGroupAlias',
  '__timeEpoch',
  '__unixEpochFrom',
  '__unixEpochTo',
  '__unixEpochFilter',
  '__unixEpochGroup',
  '__unixEpochGroupAlias',
  '__unixEpochNanoFrom',
  '__unixEpochNanoTo',
  '__unixEpochNanoFilter',
]);

export interface VariableUse {
  /** Where inside the query, from the query's own fields (`expr`, `targets[0].query`). */
  path: PathKey[];
  /** As written: `${__user.login}`. */
  written: string;
}

/**
 * The variables in a query that are not time macros: `${__user.login}`, `${__url.params}`, `$__org`,
 * `$__timezone` or a dashboard's `$env`. A KPI's query is sent as written, so its value cannot depend on who
 * looks, from where or on which dashboard: the page, the panel, `kpi check` and the alert rules all ask the same.
 */
export function viewerVariables(query: unknown, path: PathKey[] = []): VariableUse[] {
  // Settings read from Grafana are not parsed by the app's YAML reader, whose nesting limit this keeps.
  if (path.length > MAX_NESTING) {
    return [];
  }
  if (typeof query === 'string') {
    return [...query.matchAll(VARIABLE)]
      .filter((m) => !TIME_MACROS.has(m[1] ?? m[2] ?? m[3]))
      .map((m) => ({ path, written: m[0] }));
  }
  if (Array.isArray(query)) {
    return query.flatMap((item, i) => viewerVariables(item, [...path, i]));
  }
  if (typeof query === 'object' && query !== null) {
    return Object.entries(query).flatMap(([key, value]) =>
      // The datasource reference is the app's to resolve, never a query text.
      key === 'datasource' ? [] : viewerVariables(value, [...path, key])
    );
  }
  return [];
}

export function viewerVariableMessage(written: string): string {
  return (
    `${written} is not a time macro: a KPI's query is sent as written, the same for every viewer, dashboard, ` +
    'kpi check and alert rule; use only the macros the datasource fills from the span ($__range, $__interval, ' +
    '$__rate_interval, $__from, $__to)'
  );
}
