// setPluginPage(): Grafana's page chrome for plugin pages, reduced to what a user
// sees of it: the breadcrumb, the title, the subtitle, the actions and the tabs of pageNav.
import { css } from '@emotion/css';
import { locationService, type PluginPageProps } from '@grafana/runtime';
import { Tab, TabsBar, useStyles2 } from '@grafana/ui';
import React from 'react';

import { PreviewBreadcrumbs } from './PreviewBreadcrumbs';

import type { GrafanaTheme2 } from '@grafana/data';

export function PreviewPluginPage({ children, pageNav, actions, subTitle, renderTitle }: PluginPageProps) {
  const styles = useStyles2(getStyles);
  const title = pageNav?.text;
  const tabs = pageNav?.children ?? [];
  return (
    <div className={styles.page} data-testid="preview-plugin-page">
      <PreviewBreadcrumbs pageNav={pageNav} />
      {title && (
        <header className={styles.header}>
          <div>
            {renderTitle ? renderTitle(title) : <h1 className={styles.title}>{title}</h1>}
            {(subTitle ?? pageNav?.subTitle) && <div className={styles.subTitle}>{subTitle ?? pageNav?.subTitle}</div>}
          </div>
          {actions && <div>{actions}</div>}
        </header>
      )}
      {tabs.length > 0 && (
        <TabsBar className={styles.tabs}>
          {tabs.map((tab) => (
            <Tab
              key={tab.url ?? tab.text}
              label={tab.text}
              active={tab.active}
              icon={tab.icon}
              href={tab.url}
              onChangeTab={(e) => {
                e?.preventDefault();
                if (tab.url) {
                  locationService.push(tab.url);
                }
              }}
            />
          ))}
        </TabsBar>
      )}
      <div className={styles.content}>{children}</div>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ display: 'flex', flexDirection: 'column', minHeight: '100%', padding: theme.spacing(2, 3) }),
  header: css({
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'flex-start',
    marginBottom: theme.spacing(2),
  }),
  title: css({ margin: 0, ...theme.typography.h1 }),
  subTitle: css({ color: theme.colors.text.secondary, marginTop: theme.spacing(1) }),
  tabs: css({ marginBottom: theme.spacing(2) }),
  content: css({ flexGrow: 1, display: 'flex', flexDirection: 'column' }),
});
