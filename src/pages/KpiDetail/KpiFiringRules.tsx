import { locationUtil } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Alert, Stack, Text, TextLink } from '@grafana/ui';
import React from 'react';

import { useFiringRules } from '../../alerting/useFiringRules';
import { testIds } from '../../testIds';

/**
 * The KPI's rules firing in Grafana's alerting now, each a link to the rule, at the top of its page for the on-call
 * engineer. When the states cannot be read (alerting off, no permission), a quiet line says so: never a silent
 * "nothing is firing".
 */
export function KpiFiringRules({ kpiId }: { kpiId: string }) {
  const { byKpi, error } = useFiringRules();
  const rules = byKpi.get(kpiId);
  if (error) {
    return (
      <Text color="secondary" variant="bodySmall">
        {t('kpi.alerts.unreadable', "Grafana's alert states could not be read: {{error}}", {
          error,
          interpolation: { escapeValue: false },
        })}
      </Text>
    );
  }
  if (!rules || rules.length === 0) {
    return null;
  }
  return (
    <Alert
      severity="error"
      title={t('kpi.alerts.firing', 'Alert firing in Grafana')}
      data-testid={testIds.alerting.rules}
    >
      <Stack direction="column" gap={0.5}>
        {rules.map((rule) => (
          <TextLink key={rule.path} href={locationUtil.assureBaseUrl(rule.path)} inline={false}>
            {rule.severity ? `${rule.title} (${rule.severity})` : rule.title}
          </TextLink>
        ))}
      </Stack>
    </Alert>
  );
}
