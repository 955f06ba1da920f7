import React from 'react';
import { LoadingPlaceholder } from '@grafana/ui';
import { t } from '@grafana/i18n';

export function PageLoading() {
  return <LoadingPlaceholder text={t('common.loading', 'Loading…')} />;
}
