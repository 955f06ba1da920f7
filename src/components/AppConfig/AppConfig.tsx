import React, { useMemo } from 'react';
import { AppPluginMeta, PluginConfigPageProps } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Alert, Button, FieldSet, LinkButton, Stack, Text } from '@grafana/ui';
import { downloadCatalogYaml } from '../../catalog/downloadCatalog';
import { canEditCatalog } from '../../catalog/permissions';
import { AppJsonData, readCatalogSettings } from '../../query/catalogSettings';
import { testIds } from '../../testIds';
import { manageUrl } from '../../utils/utils.routing';
import { CatalogStatusSummary } from './CatalogStatusSummary';

export interface AppConfigProps extends PluginConfigPageProps<AppPluginMeta<AppJsonData>> {}

/**
 * The app's configuration page: what state the catalog is in and where to import or export it. The catalog
 * itself is edited in the app (Manage catalog), which saves through the same plugin settings.
 */
const AppConfig = ({ plugin }: AppConfigProps) => {
  const loaded = useMemo(() => readCatalogSettings(plugin.meta.jsonData ?? {}), [plugin.meta.jsonData]);
  const admin = canEditCatalog();
  return (
    <div data-testid={testIds.appConfig.container}>
      <FieldSet label={t('config.catalog.title', 'KPI catalog')}>
        <CatalogStatusSummary loaded={loaded} />
        {admin && (
          <Stack gap={1}>
            <LinkButton href={manageUrl()} icon="pen" data-testid={testIds.appConfig.manageLink}>
              {t('config.catalog.manage', 'Edit, import or export the catalog')}
            </LinkButton>
            {loaded.configured && !loaded.parseError && (
              <Button
                variant="secondary"
                icon="download-alt"
                onClick={() => downloadCatalogYaml(loaded.validation.catalog)}
              >
                {t('config.catalog.export', 'Export as YAML')}
              </Button>
            )}
          </Stack>
        )}
      </FieldSet>
      {/* Dashboard presets (executive, on-call, debug) get their import here, next to the catalog they read. */}
      <FieldSet label={t('config.presets.title', 'Dashboard presets')} data-testid={testIds.appConfig.presets}>
        <Text color="secondary">{t('config.presets.later', 'Preset dashboards will be importable from here.')}</Text>
      </FieldSet>
      {!admin && <Alert severity="info" title={t('config.viewer', 'Only an admin can change the catalog')} />}
    </div>
  );
};

export default AppConfig;
