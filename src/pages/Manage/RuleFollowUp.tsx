import { t } from '@grafana/i18n';
import { Alert, Button, Stack } from '@grafana/ui';
import React, { useEffect, useState } from 'react';

import { type SyncStep } from '../../alerting/planRuleSync';
import { failureMessage } from '../../alerting/provisioningApi';
import { followUpSteps, kpisWithChangedRules, rulesOfKpis } from '../../alerting/rulesAfterSave';
import { applyRuleSync, reviewRuleSync, writeSteps, type SyncResult } from '../../alerting/ruleSync';
import { canWriteAlertRules } from '../../catalog/permissions';
import { type KpiCatalog } from '../../kpi/types';
import { DEFAULT_RULE_FOLDER } from '../../rules/grafanaRulesFile';
import { testIds } from '../../testIds';
import { RulePlanLines } from './RulePlanLines';
import { SyncResultAlert } from './SyncResultAlert';

type Phase =
  | { name: 'quiet' }
  | { name: 'offer' | 'busy'; steps: SyncStep[] }
  | { name: 'done'; result: SyncResult }
  | { name: 'failed'; message: string };

/**
 * After a save: when it changed KPIs whose rules the app made in Grafana (a new target, query, window or SLO),
 * the rules Grafana holds for them are compared with the saved catalog's, and the admin is offered the updates,
 * shown first, written through the Alerting tab's sync. Nothing is asked of Grafana when no KPI's rules changed.
 */
export function RuleFollowUp({ before, after }: { before: KpiCatalog; after: KpiCatalog }) {
  const [phase, setPhase] = useState<Phase>({ name: 'quiet' });
  const folder = DEFAULT_RULE_FOLDER;
  useEffect(() => {
    const ids = kpisWithChangedRules(before, after);
    if (ids.size === 0 || !canWriteAlertRules()) {
      return;
    }
    let live = true;
    reviewRuleSync(rulesOfKpis(after, ids), folder)
      .then((steps): Phase => {
        const offered = followUpSteps(steps, ids);
        return offered.length > 0 ? { name: 'offer', steps: offered } : { name: 'quiet' };
      })
      .catch((e): Phase => ({ name: 'failed', message: failureMessage(e) }))
      .then((next) => {
        if (live) {
          setPhase(next);
        }
      });
    return () => {
      live = false;
    };
  }, [before, after, folder]);

  if (phase.name === 'quiet') {
    return null;
  }
  if (phase.name === 'done') {
    return <SyncResultAlert result={phase.result} />;
  }
  if (phase.name === 'failed') {
    return (
      <Alert
        severity="warning"
        title={t('manage.follow-up.failed', "The changed KPIs' alert rules could not be checked")}
      >
        {phase.message}
      </Alert>
    );
  }
  const writes = writeSteps(phase.steps);
  const apply = async () => {
    setPhase({ name: 'busy', steps: phase.steps });
    try {
      setPhase({ name: 'done', result: await applyRuleSync(phase.steps, folder) });
    } catch (e) {
      setPhase({ name: 'failed', message: failureMessage(e) });
    }
  };
  return (
    <Alert
      severity="info"
      title={t('manage.follow-up.title', 'Alert rules made from the KPIs you changed are out of step in Grafana')}
      data-testid={testIds.editor.ruleFollowUp}
    >
      <Stack direction="column" gap={1}>
        <RulePlanLines steps={phase.steps} folder={folder} />
        <Stack gap={1}>
          {writes.length > 0 && (
            <Button size="sm" icon="check" onClick={apply} disabled={phase.name === 'busy'}>
              {t('manage.follow-up.apply', 'Update {{count}} rules in Grafana', { count: writes.length })}
            </Button>
          )}
          <Button size="sm" variant="secondary" onClick={() => setPhase({ name: 'quiet' })}>
            {t('manage.follow-up.dismiss', 'Not now')}
          </Button>
        </Stack>
      </Stack>
    </Alert>
  );
}
