import { DataSourcePlugin } from '@grafana/data';
import { initPluginTranslations } from '@grafana/i18n';

import { PLUGIN_ID } from '../kpi/pluginId';
import { ConfigEditor } from './ConfigEditor';
import { KpiDataSource } from './KpiDataSource';
import { type KpiDsQuery } from './kpiQuery';
import { KpiQueryEditor } from './KpiQueryEditor';

// Like the panel: the datasource can load without the app's module, so it sets up t() in the app's namespace.
void initPluginTranslations(PLUGIN_ID);

export const plugin = new DataSourcePlugin<KpiDataSource, KpiDsQuery>(KpiDataSource)
  .setConfigEditor(ConfigEditor)
  .setQueryEditor(KpiQueryEditor);
