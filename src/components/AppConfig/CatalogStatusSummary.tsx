import { t } from '@grafana/i18n';
import { Alert, Stack, Text } from '@grafana/ui';
import React from 'react';

import { type LoadedCatalog } from '../../query/catalogSettings';
import { testIds } from '../../testIds';

/** The catalog at a glance: how many KPIs, errors and warnings, its version, and whether provisioning owns it. */
export function CatalogStatusSummary({ loaded }: { loaded: LoadedCatalog }) {
  const { validation, jsonData } = loaded;
  const errors = validation.problems.filter((p) => p.severity === 'error').length;
  const warnings = validation.problems.length - errors;
  return (
    <Stack direction="column" gap={1} data-testid={testIds.appConfig.catalogStatus}>
      {!loaded.configured ? (
        <Text>{t('config.catalog.none', 'No catalog yet: create KPIs in the app or import a YAML/JSON catalog.')}</Text>
      ) : loaded.parseError ? (
        <Alert severity="error" title={t('config.catalog.unreadable', 'The stored catalog cannot be read')}>
          {loaded.parseError}
        </Alert>
      ) : (
        <Text>
          {t(
            'config.catalog.summary',
            '{{kpis}} KPIs, {{objectives}} objectives, {{scorecards}} scorecards; {{errors}} errors, {{warnings}} warnings; version {{version}}',
            {
              kpis: validation.kpis.length,
              objectives: validation.objectives.length,
              scorecards: validation.scorecards.length,
              errors,
              warnings,
              version: jsonData.catalogVersion ?? 0,
            }
          )}
        </Text>
      )}
      {jsonData.provisioned && (
        <Alert severity="info" title={t('config.catalog.provisioned', 'This catalog is provisioned')}>
          {t(
            'config.catalog.provisioned-detail',
            'Edits made in Grafana are replaced the next time Grafana provisions the app.'
          )}
        </Alert>
      )}
    </Stack>
  );
}
