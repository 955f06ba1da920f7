import { t } from '@grafana/i18n';
import { Button, Stack, Text } from '@grafana/ui';
import React, { useMemo } from 'react';

import { downloadYaml } from '../../catalog/downloadCatalog';
import { type KpiCatalog } from '../../kpi/types';
import { type ValidationResult } from '../../kpi/validateCatalog';
import { validatedCatalogRules } from '../../rules/catalogRules';
import { DEFAULT_RULE_FOLDER } from '../../rules/grafanaRulesFile';
import { grafanaRulesYaml, prometheusRulesYaml } from '../../rules/ruleFiles';
import { AlertingRulesTable } from './AlertingRulesTable';
import { RuleSyncSection } from './RuleSyncSection';

/**
 * The draft's alert rules: per KPI the rules it gets or why not, both rule files to download, and the Grafana
 * rules created or updated in one step after a review of what would change. `unsaved`: the draft differs from the
 * stored catalog, whose rules Grafana should hold, so writing waits for the save.
 */
export function AlertingTab({
  draft,
  validation,
  unsaved,
}: {
  draft: KpiCatalog;
  validation: ValidationResult;
  unsaved: boolean;
}) {
  const rules = useMemo(() => validatedCatalogRules(validation), [validation]);
  return (
    <Stack direction="column" gap={2}>
      <Text color="secondary">
        {t(
          'manage.alerting.intro',
          "Grafana's alerting can watch these KPIs day and night: a rule per KPI that fires while it is off track, and page and ticket rules on each SLO's error budget burn rate."
        )}
      </Text>
      <Stack gap={1}>
        <Button
          icon="download-alt"
          variant="secondary"
          onClick={() => downloadYaml(grafanaRulesYaml(rules.grafana.rules, DEFAULT_RULE_FOLDER), 'kpi-rules.yaml')}
        >
          {t('manage.alerting.download-grafana', 'Download Grafana rules')}
        </Button>
        <Button
          icon="download-alt"
          variant="secondary"
          onClick={() => downloadYaml(prometheusRulesYaml(rules.prometheus.file), 'kpi.rules.yaml')}
        >
          {t('manage.alerting.download-prometheus', 'Download Prometheus rules')}
        </Button>
      </Stack>
      <RuleSyncSection rules={rules.grafana.rules} folder={DEFAULT_RULE_FOLDER} unsaved={unsaved} />
      <AlertingRulesTable draft={draft} rules={rules} />
    </Stack>
  );
}
