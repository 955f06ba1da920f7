import { type DataSourcePluginOptionsEditorProps } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Alert } from '@grafana/ui';
import React from 'react';

/** Nothing to set: the KPI datasource reads the app's catalog and asks the KPIs' own datasources. */
export function ConfigEditor(_props: DataSourcePluginOptionsEditorProps) {
  return (
    <Alert severity="info" title={t('datasource.config.title', 'No settings needed')}>
      {t(
        'datasource.config.body',
        'This datasource reads the KPI Scorecards app’s catalog and queries each KPI’s own datasource. Edit the catalog in the app.'
      )}
    </Alert>
  );
}
