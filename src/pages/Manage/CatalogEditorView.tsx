import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Alert, EmptyState, useStyles2 } from '@grafana/ui';
import React, { type ReactNode } from 'react';

import { canEditCatalog } from '../../catalog/permissions';
import { PageLoading } from '../../components/PageLoading';
import { testIds } from '../../testIds';

import type { CatalogEditorState } from './catalogEditorState';

type Props = Pick<CatalogEditorState, 'phase' | 'loadError' | 'storedParseError' | 'provisioned'> & {
  /** Save, discard and export, above the tabs. */
  saveBar: ReactNode;
  /** The tabs bar on the editor's list; none on a KPI's form, which is a page of its own. */
  tabs?: ReactNode;
  /** The open tab, or the form. */
  children: ReactNode;
};

/**
 * The editor's frame on each of its routes: who may edit, loading, the stored catalog's warnings, the save bar
 * and, on the list, the tabs.
 */
export function CatalogEditorView({ saveBar, tabs, children, ...state }: Props) {
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
      {tabs}
      {children}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(2), width: '100%' }),
});
