import { css } from '@emotion/css';
import {
  PluginIncludeType,
  type AppPluginMeta,
  type GrafanaTheme2,
  type PluginConfigPageProps,
  type PluginInclude,
} from '@grafana/data';
import { t } from '@grafana/i18n';
import { Alert, Button, FieldSet, LinkButton, Stack, Text, useStyles2 } from '@grafana/ui';
import React, { useMemo } from 'react';

import { downloadCatalogYaml } from '../../catalog/downloadCatalog';
import { canEditCatalog } from '../../catalog/permissions';
import { readCatalogSettings, type AppJsonData } from '../../query/catalogSettings';
import { manageUrl } from '../../routing';
import { testIds } from '../../testIds';
import { BudgetSetting } from './BudgetSetting';
import { CatalogStatusSummary } from './CatalogStatusSummary';
import { KpiDatasourceSetting } from './KpiDatasourceSetting';

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
        <Stack direction="column" gap={2}>
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
          {admin && <BudgetSetting jsonData={plugin.meta.jsonData ?? {}} />}
        </Stack>
      </FieldSet>
      <KpiDatasourceSetting admin={admin} />
      <PresetDashboards includes={plugin.meta.includes ?? []} />
      {!admin && <Alert severity="info" title={t('config.viewer', 'Only an admin can change the catalog')} />}
    </div>
  );
};

/**
 * The dashboards the app brings (plugin.json includes): Grafana lists them on this plugin's Dashboards tab,
 * where an admin imports each one; a provisioning file can bring them instead (the README's Presets).
 */
function PresetDashboards({ includes }: { includes: PluginInclude[] }) {
  const styles = useStyles2(getStyles);
  const dashboards = includes.filter((include) => include.type === PluginIncludeType.dashboard);
  if (dashboards.length === 0) {
    return null;
  }
  return (
    <FieldSet label={t('config.presets.title', 'Dashboard presets')} data-testid={testIds.appConfig.presets}>
      <Stack direction="column" gap={1}>
        <Text color="secondary">
          {t(
            'config.presets.where',
            'The app comes with these dashboards, built on the scorecard panel. Import them from the Dashboards tab of this page, or provision them with the app.'
          )}
        </Text>
        <ul className={styles.list}>
          {dashboards.map((dashboard) => (
            <li key={dashboard.path ?? dashboard.name}>{dashboard.name}</li>
          ))}
        </ul>
      </Stack>
    </FieldSet>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  // Grafana's page styles take a list's indent: the bullets would hang outside the page's margin.
  list: css({ paddingLeft: theme.spacing(2.5), margin: 0 }),
});

export default AppConfig;
