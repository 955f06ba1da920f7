import { t } from '@grafana/i18n';
import { Stack, Text } from '@grafana/ui';
import React from 'react';

import { type SyncStep } from '../../alerting/planRuleSync';
import { testIds } from '../../testIds';

/** A sync plan as the admin reviews it before anything is written: a line per rule, writes first in colour. */
export function RulePlanLines({ steps, folder }: { steps: SyncStep[]; folder: string }) {
  return (
    <Stack direction="column" gap={0} data-testid={testIds.editor.rulePlan}>
      {steps.map((step, i) => (
        <Text
          key={i}
          color={step.kind === 'create' || step.kind === 'update' ? undefined : 'secondary'}
          data-kind={step.kind}
        >
          {planLine(step, folder)}
        </Text>
      ))}
      {steps.some((step) => step.kind === 'left-alone' && step.why === 'provisioned') && (
        <Text color="secondary" italic>
          {t(
            'manage.alerting.plan.provisioned-how',
            "A rule a provisioning file owns changes only with its file: make the file again (kpi rules grafana, or the Alerting tab's Download Grafana rules) and let Grafana provision it."
          )}
        </Text>
      )}
    </Stack>
  );
}

function planLine(step: SyncStep, folder: string): string {
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
}
