import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Alert, EmptyState, Tab, TabsBar, useStyles2 } from '@grafana/ui';
import React, { type ReactNode } from 'react';

import { canEditCatalog } from '../../catalog/permissions';
import { PageLoading } from '../../components/PageLoading';
import { testIds } from '../../testIds';

import type { CatalogEditorState, EditorTab } from './CatalogEditorScene';

type Props = Pick<CatalogEditorState, 'phase' | 'loadError' | 'storedParseError' | 'provisioned' | 'draft' | 'tab'> & {
  onTab: (tab: EditorTab) => void;
  /** Save, discard and export, above the tabs. */
  saveBar: ReactNode;
  /** The open tab. */
  children: ReactNode;
};

/** The editor's frame: who may edit, loading, the stored catalog's warnings, the save bar and the tabs. */
export function CatalogEditorView({ onTab, saveBar, children, ...state }: Props) {
  const styles = useStyles2(getStyles);
  if (!canEditCatalog()) {
    // Not a disabled editor: a viewer gets no edit control at all. Grafana's API refuses their writes anyway.
    return (
      <EmptyState variant="not-found" message={t('manage.not-allowed', 'Only an admin can change the KPI catalog')} />
    );
  }
  if (state.phase === 'failed') {
    return <Alert title={t('manage.load-failed', 'The settings could not be loaded')}>{state.loadError}</Alert>;
  }
  if (state.phase === 'loading') {
    return <PageLoading />;
  }
  const tabs: Array<[EditorTab, string]> = [
    ['kpis', t('manage.tab.kpis', 'KPIs ({{count}})', { count: state.draft.kpis.length })],
    [
      'objectives',
      t('manage.tab.objectives', 'Objectives ({{count}})', { count: state.draft.objectives?.length ?? 0 }),
    ],
    [
      'scorecards',
      t('manage.tab.scorecards', 'Scorecards ({{count}})', { count: state.draft.scorecards?.length ?? 0 }),
    ],
    ['alerting', t('manage.tab.alerting', 'Alerting')],
    ['yaml', t('manage.tab.yaml', 'YAML')],
    ['import', t('manage.tab.import', 'Import')],
  ];
  return (
    <div className={styles.page} data-testid={testIds.editor.container}>
      {state.provisioned && (
        <Alert
          severity="warning"
          title={t('manage.provisioned', 'This catalog is provisioned')}
          data-testid={testIds.editor.provisioned}
        >
          {t(
            'manage.provisioned-detail',
            'Edits saved here are replaced the next time Grafana provisions the app. Change the provisioning file to keep them.'
          )}
        </Alert>
      )}
      {state.storedParseError && (
        <Alert
          severity="error"
          title={t('manage.stored-unreadable', 'The stored catalog cannot be read; you are starting from an empty one')}
        >
          {state.storedParseError}
        </Alert>
      )}
      {saveBar}
      <TabsBar>
        {tabs.map(([tab, label]) => (
          <Tab key={tab} label={label} active={state.tab === tab} onChangeTab={() => onTab(tab)} />
        ))}
      </TabsBar>
      {children}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(2), width: '100%' }),
});
