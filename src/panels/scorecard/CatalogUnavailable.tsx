import { t } from '@grafana/i18n';
import { Alert, EmptyState, LinkButton } from '@grafana/ui';
import React from 'react';

import { appConfigHref } from '../../routing';
import { scorecardTestIds } from './testIds';

/** The app has no catalog yet: nothing to show, and the one place to fix that. */
export function CatalogNotConfigured({ small }: { small: boolean }) {
  return (
    <div data-testid={scorecardTestIds.notConfigured}>
      <EmptyState
        variant="call-to-action"
        hideImage={small}
        message={t('scorecard.not-configured.title', 'The KPI catalog is not configured')}
        button={
          <LinkButton href={appConfigHref()} icon="cog">
            {t('scorecard.not-configured.link', 'Configure the KPI Scorecards app')}
          </LinkButton>
        }
      >
        {t(
          'scorecard.not-configured.body',
          'This panel shows KPIs from the KPI Scorecards app. An admin adds the catalog on the app’s configuration page or provisions it.'
        )}
      </EmptyState>
    </div>
  );
}

/** The catalog could not be read (the app is disabled, the settings request failed, or the catalog does not parse). */
export function CatalogFailed({ message }: { message: string }) {
  return (
    <div data-testid={scorecardTestIds.catalogError}>
      <Alert severity="error" title={t('scorecard.catalog-failed.title', 'The KPI catalog could not be loaded')}>
        <p>{message}</p>
        <LinkButton href={appConfigHref()} icon="cog" variant="secondary" size="sm">
          {t('scorecard.catalog-failed.link', 'Open the app’s configuration')}
        </LinkButton>
      </Alert>
    </div>
  );
}
