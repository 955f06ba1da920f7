import { t } from '@grafana/i18n';
import { LoadingPlaceholder } from '@grafana/ui';
import React from 'react';

export function PageLoading() {
  return <LoadingPlaceholder text={t('common.loading', 'Loading…')} />;
}
