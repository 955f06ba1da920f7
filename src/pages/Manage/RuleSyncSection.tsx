import React, { useState } from 'react';
import { t } from '@grafana/i18n';
import { Alert, Button, Stack, Text } from '@grafana/ui';
import { SyncStep, planRuleSync } from '../../alerting/planRuleSync';
import {
  createRule,
  ensureFolder,
  failureMessage,
  findFolder,
  listRules,
  updateRule,
} from '../../alerting/provisioningApi';
import { KpiRule } from '../../rules/kpiRule';
import { testIds } from '../../testIds';

type Phase =
  | { name: 'idle' }
  | { name: 'busy' }
  | { name: 'reviewed'; steps: SyncStep[] }
  | { name: 'done'; written: number; failures: string[] }
  | { name: 'failed'; message: string };

/**
 * Creates and updates the catalog's rules in Grafana through its provisioning API, in the folder (made when
 * missing), after showing what would change. A rule the app did not make, or one a provisioning file owns, is
 * left as it is; nothing is deleted.
 */
export function RuleSyncSection({ rules, folder }: { rules: KpiRule[]; folder: string }) {
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const run = async (work: () => Promise<Phase>) => {
    setPhase({ name: 'busy' });
    try {
      setPhase(await work());
    } catch (e) {
      setPhase({ name: 'failed', message: failureMessage(e) });
    }
  };
  const review = () =>
    run(async () => {
      const [stored, folderUid] = await Promise.all([listRules(), findFolder(folder)]);
      return { name: 'reviewed', steps: planRuleSync(rules, stored, folderUid ?? '') };
    });
  const apply = (steps: SyncStep[]) =>
    run(async () => {
      const folderUid = await ensureFolder(folder);
      const failures: string[] = [];
      let written = 0;
      for (const step of steps) {
        if (step.kind === 'create' || step.kind === 'update') {
          try {
            await (step.kind === 'create' ? createRule(step.rule, folderUid) : updateRule(step.rule, folderUid));
            written++;
          } catch (e) {
            failures.push(`${step.rule.title}: ${failureMessage(e)}`);
          }
        }
      }
      return { name: 'done', written, failures };
    });
  const writes = phase.name === 'reviewed' ? phase.steps.filter((s) => s.kind === 'create' || s.kind === 'update') : [];
  return (
    <Stack direction="column" gap={1} data-testid={testIds.editor.ruleSync}>
      <Stack gap={1}>
        <Button icon="eye" variant="secondary" onClick={review} disabled={phase.name === 'busy'}>
          {t('manage.alerting.review', 'Review the rules in Grafana')}
        </Button>
        {phase.name === 'reviewed' && (
          <Button icon="check" onClick={() => apply(phase.steps)} disabled={writes.length === 0}>
            {t('manage.alerting.apply', 'Create and update {{count}} rules', { count: writes.length })}
          </Button>
        )}
      </Stack>
      {phase.name === 'reviewed' && <SyncPlan steps={phase.steps} folder={folder} />}
      {phase.name === 'done' && (
        <Alert
          severity={phase.failures.length ? 'error' : 'success'}
          title={t('manage.alerting.done', '{{count}} rules written to Grafana', { count: phase.written })}
        >
          {phase.failures.map((failure) => (
            <div key={failure}>{failure}</div>
          ))}
        </Alert>
      )}
      {phase.name === 'failed' && (
        <Alert severity="error" title={t('manage.alerting.failed', 'Grafana could not be asked')}>
          {phase.message}
        </Alert>
      )}
    </Stack>
  );
}

function SyncPlan({ steps, folder }: { steps: SyncStep[]; folder: string }) {
  const line = (step: SyncStep): string => {
    switch (step.kind) {
      case 'create':
        return t('manage.alerting.plan.create', 'New in {{folder}}: {{title}}', { folder, title: step.rule.title });
      case 'update':
        return t('manage.alerting.plan.update', 'Changes {{fields}}: {{title}}', {
          fields: step.changed.join(', '),
          title: step.rule.title,
        });
      case 'unchanged':
        return t('manage.alerting.plan.unchanged', 'Up to date: {{title}}', { title: step.rule.title });
      case 'left-alone':
        return step.why === 'not-ours'
          ? t('manage.alerting.plan.not-ours', 'Left alone, a rule with its uid was not made by this app: {{uid}}', {
              uid: step.rule.uid,
            })
          : t('manage.alerting.plan.provisioned', 'Left alone, its provisioning file owns it: {{title}}', {
              title: step.rule.title,
            });
      case 'stale':
        return t('manage.alerting.plan.stale', 'No longer made from the catalog (not deleted): {{title}}', {
          title: step.stored.title,
        });
    }
  };
  return (
    <Stack direction="column" gap={0}>
      {steps.map((step, i) => (
        <Text
          key={i}
          color={step.kind === 'create' || step.kind === 'update' ? undefined : 'secondary'}
          data-kind={step.kind}
        >
          {line(step)}
        </Text>
      ))}
    </Stack>
  );
}
