// GET /api/prometheus/grafana/api/v1/rules: every rule with its state, in the shape of Grafana's
// Prometheus-compatible API (pkg/services/ngalert/api/tooling/definitions/prom.go, with the uid and
// folderUid Grafana 11 and later add). States are evaluated here, at most every CACHE_MS.
import { evaluateRule } from './evaluateRule.mjs';

const CACHE_MS = 30_000;

export function createRuleStatuses(store, options) {
  let cached; // { at, body }

  async function evaluateAll(now) {
    const groups = new Map();
    const totals = { firing: 0, inactive: 0, nodata: 0, error: 0 };
    const results = await Promise.all(store.rules().map((rule) => evaluateRule(rule, { ...options, now })));
    store.rules().forEach((rule, i) => {
      const result = results[i];
      const folder = store.folder(rule.folderUID);
      const key = `${rule.folderUID}/${rule.ruleGroup}`;
      if (!groups.has(key)) {
        groups.set(key, {
          name: rule.ruleGroup,
          file: folder?.title ?? rule.folderUID,
          folderUid: rule.folderUID,
          rules: [],
          interval: 60,
          lastEvaluation: new Date(now).toISOString(),
          evaluationTime: 0,
        });
      }
      const state = result.firing ? 'firing' : 'inactive';
      totals[result.health === 'ok' ? state : result.health]++;
      const alertLabels = { ...rule.labels, alertname: rule.title, grafana_folder: folder?.title ?? '' };
      groups.get(key).rules.push({
        state,
        name: rule.title,
        query: JSON.stringify(rule.data),
        duration: 0,
        annotations: rule.annotations ?? {},
        alerts: result.firing
          ? [
              {
                labels: alertLabels,
                annotations: rule.annotations ?? {},
                state: 'Alerting',
                activeAt: new Date(now).toISOString(),
                value: JSON.stringify(result.values),
              },
            ]
          : [],
        labels: rule.labels ?? {},
        health: result.health,
        ...(result.error ? { lastError: result.error } : {}),
        type: 'alerting',
        uid: rule.uid,
        folderUid: rule.folderUID,
        lastEvaluation: new Date(now).toISOString(),
        evaluationTime: 0,
      });
    });
    return { status: 'success', data: { groups: [...groups.values()], totals } };
  }

  return {
    async get(now = Date.now()) {
      if (!cached || now - cached.at > CACHE_MS) {
        cached = { at: now, body: await evaluateAll(now) };
      }
      return cached.body;
    },
    /** A rule was created or changed: the next read evaluates afresh. */
    invalidate() {
      cached = undefined;
    },
  };
}
