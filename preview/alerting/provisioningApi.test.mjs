// The provisioning API stand-in refuses, as Grafana's binding does, a rule body that is not a
// ProvisionedAlertRule, and keeps what it accepts. Run: node --test preview/
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { handleProvisioningApi } from './provisioningApi.mjs';
import { ruleSchemaSource } from './ruleSchema.mjs';
import { createRuleStore } from './ruleStore.mjs';

const RULES = '/api/v1/provisioning/alert-rules';

function rule(folderUID, extra = {}) {
  return {
    uid: 'kpi-x-off-track',
    orgID: 1,
    folderUID,
    ruleGroup: 'KPI sre',
    title: 'Off track: X',
    condition: 'C',
    data: [{ refId: 'A', datasourceUid: 'prometheus', relativeTimeRange: { from: 600, to: 0 }, model: { refId: 'A' } }],
    noDataState: 'NoData',
    execErrState: 'Error',
    for: '0s',
    labels: { kpi: 'x' },
    ...extra,
  };
}

async function post(store, body, role = 'Admin') {
  return handleProvisioningApi({
    method: 'POST',
    path: RULES,
    role,
    readBody: async () => body,
    store,
    changed: () => undefined,
  });
}

describe('provisioning API stand-in', () => {
  it('creates a valid rule with provenance api, and refuses a second one with its uid', async () => {
    const store = createRuleStore();
    const folder = store.addFolder('KPI Scorecards');
    assert.equal((await post(store, rule(folder.uid))).status, 201);
    assert.equal(store.rule('kpi-x-off-track').provenance, 'api');
    assert.equal((await post(store, rule(folder.uid))).status, 400);
  });

  it("stores query models as Grafana's PreSave does: maxDataPoints and intervalMs where they are missing", async () => {
    const store = createRuleStore();
    const body = rule(store.addFolder('F').uid);
    body.data.push({
      refId: 'B',
      datasourceUid: '__expr__',
      relativeTimeRange: { from: 0, to: 0 },
      model: { refId: 'B', type: 'reduce', expression: 'A', reducer: 'last' },
    });
    body.data[0].model.intervalMs = 60000;
    assert.equal((await post(store, body)).status, 201);
    assert.deepEqual(
      store.rule('kpi-x-off-track').data.map((q) => [q.refId, q.model.intervalMs, q.model.maxDataPoints]),
      [
        ['A', 60000, 43200],
        ['B', 1000, 43200],
      ]
    );
  });

  it('refuses a viewer', async () => {
    const store = createRuleStore();
    assert.equal((await post(store, rule(store.addFolder('F').uid), 'Viewer')).status, 403);
  });

  it(
    'refuses bodies Grafana would not bind: a label that is not a string, a query range in words',
    {
      skip: !ruleSchemaSource && 'no ../shared/fixtures/grafana/alerting',
    },
    async () => {
      const store = createRuleStore();
      const folder = store.addFolder('F');
      const numberLabel = await post(store, rule(folder.uid, { labels: { kpi: 1 } }));
      assert.equal(numberLabel.status, 400);
      assert.match(numberLabel.body.message, /labels\/kpi must be string/);
      const badRange = rule(folder.uid);
      badRange.data[0].relativeTimeRange.from = '10m';
      assert.equal((await post(store, badRange)).status, 400);
      assert.equal(store.rules().length, 0);
    }
  );
});
