import { t } from '@grafana/i18n';
import { Button, Stack, Text } from '@grafana/ui';
import React, { useMemo } from 'react';

import { downloadYaml } from '../../catalog/downloadCatalog';
import { openSloExport } from '../../kpi/openslo/openSloExport';
import { type ValidationResult } from '../../kpi/validateCatalog';
import { testIds } from '../../testIds';

/**
 * The draft's SLO KPIs as OpenSLO v1 documents, downloaded: the same documents `kpi openslo export` prints for
 * the same catalog, and the SLOs it cannot write named with why.
 */
export function OpenSloExportButton({ validation }: { validation: ValidationResult }) {
  const exported = useMemo(() => openSloExport(validation), [validation]);
  return (
    <Stack direction="column" gap={0.5}>
      <Button
        icon="download-alt"
        variant="secondary"
        disabled={exported.count === 0}
        tooltip={exported.count === 0 ? t('manage.import.openslo-none', 'The draft has no valid SLO KPI') : undefined}
        onClick={() => downloadYaml(exported.text, 'kpi-slos.openslo.yaml')}
        data-testid={testIds.editor.openSloExport}
      >
        {t('manage.import.openslo-export', 'Download SLO KPIs as OpenSLO ({{count}})', { count: exported.count })}
      </Button>
      {exported.skipped.map(({ id, reason }) => (
        <Text key={id} color="secondary" variant="bodySmall">
          {t('manage.import.openslo-skipped', '{{id}} is not exported: {{reason}}', {
            id,
            reason,
            // React escapes the text; i18next's own escaping would show &#39; for a quote.
            interpolation: { escapeValue: false },
          })}
        </Text>
      ))}
    </Stack>
  );
}
