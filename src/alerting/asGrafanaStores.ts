import { type AlertQuery } from '../rules/alertQueries';

/** What Grafana puts in a query model that lacks them, or holds 0 or a non-number (AlertQuery.PreSave). */
const DEFAULT_MAX_DATA_POINTS = 43200;
const DEFAULT_INTERVAL_MS = 1000;

const usable = (value: unknown) => typeof value === 'number' && value !== 0;

/**
 * A rule's queries as Grafana stores and lists them: every model, expressions included, gains `maxDataPoints`
 * and `intervalMs` when it has none (pkg/services/ngalert/models/alert_query.go, PreSave on every insert and
 * update). A rule the app wrote compares equal to its stored self only when both are read this way.
 */
export function asGrafanaStores(data: unknown): unknown {
  if (!Array.isArray(data)) {
    return data;
  }
  return data.map((query: AlertQuery) => {
    const model = query?.model;
    if (typeof model !== 'object' || model === null) {
      return query;
    }
    return {
      ...query,
      model: {
        ...model,
        maxDataPoints: usable(model.maxDataPoints) ? model.maxDataPoints : DEFAULT_MAX_DATA_POINTS,
        intervalMs: usable(model.intervalMs) ? model.intervalMs : DEFAULT_INTERVAL_MS,
      },
    };
  });
}
