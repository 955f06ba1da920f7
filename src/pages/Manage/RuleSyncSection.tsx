import { t } from '@grafana/i18n';
import { Alert, Button, Stack, Text } from '@grafana/ui';
import React, { useState } from 'react';

import { type SyncStep } from '../../alerting/planRuleSync';
import { failureMessage } from '../../alerting/provisioningApi';
import { applyRuleSync, reviewRuleSync, writeSteps, type SyncResult } from '../../alerting/ruleSync';
import { canWriteAlertRules } from '../../catalog/permissions';
import { type KpiRule } from '../../rules/kpiRule';
import { testIds } from '../../testIds';
import { RulePlanLines } from './RulePlanLines';
import { SyncResultAlert } from './SyncResultAlert';

type Phase =
  | { name: 'idle' }
  | { name: 'busy' }
  | { name: 'reviewed'; steps: SyncStep[] }
  | { name: 'done'; result: SyncResult }
  | { name: 'failed'; message: string };

/**
 * Creates and updates the catalog's rules in Grafana through its provisioning API, in the folder (made when
 * missing), after showing what would change. A rule the app did not make, or one a provisioning file owns, is
 * left as it is; nothing is deleted.
 */
export function RuleSyncSection({ rules, folder, unsaved }: { rules: KpiRule[]; folder: string; unsaved: boolean }) {
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  if (!canWriteAlertRules()) {
    return (
      <Text color="secondary">
        {t(
          'manage.alerting.no-permission',
          'Creating rules in Grafana needs the right to provision alert rules (alert.provisioning:write); download the Grafana rules file instead.'
        )}
      </Text>
    );
  }
  const run = async (work: () => Promise<Phase>) => {
    setPhase({ name: 'busy' });
    try {
      setPhase(await work());
    } catch (e) {
      setPhase({ name: 'failed', message: failureMessage(e) });
    }
  };
  const review = () => run(async () => ({ name: 'reviewed', steps: await reviewRuleSync(rules, folder) }));
  const apply = (steps: SyncStep[]) => run(async () => ({ name: 'done', result: await applyRuleSync(steps, folder) }));
  const writes = phase.name === 'reviewed' ? writeSteps(phase.steps) : [];
  return (
    <Stack direction="column" gap={1} data-testid={testIds.editor.ruleSync}>
      <Stack gap={1}>
        <Button icon="eye" variant="secondary" onClick={review} disabled={phase.name === 'busy'}>
          {t('manage.alerting.review', 'Review the rules in Grafana')}
        </Button>
        {phase.name === 'reviewed' && (
          <Button icon="check" onClick={() => apply(phase.steps)} disabled={writes.length === 0 || unsaved}>
            {t('manage.alerting.apply', 'Create and update {{count}} rules', { count: writes.length })}
          </Button>
        )}
      </Stack>
      {unsaved && (
        <Text color="secondary">
          {t(
            'manage.alerting.unsaved',
            "The catalog has unsaved changes: the review shows the draft's rules. Save first; Grafana's rules follow the saved catalog, and saving offers their update."
          )}
        </Text>
      )}
      {phase.name === 'reviewed' && <RulePlanLines steps={phase.steps} folder={folder} />}
      {phase.name === 'done' && <SyncResultAlert result={phase.result} />}
      {phase.name === 'failed' && (
        <Alert severity="error" title={t('manage.alerting.failed', 'Grafana could not be asked')}>
          {phase.message}
        </Alert>
      )}
    </Stack>
  );
}
