import { t } from '@grafana/i18n';
import { KpiStatus } from '../../kpi/types';

/** Words for a status, as a person reads them on a scorecard. */
export function statusText(status: KpiStatus | 'invalid' | 'loading'): string {
  switch (status) {
    case 'on-track':
      return t('kpi.status.on-track', 'On track');
    case 'at-risk':
      return t('kpi.status.at-risk', 'At risk');
    case 'off-track':
      return t('kpi.status.off-track', 'Off track');
    case 'no-data':
      return t('kpi.status.no-data', 'No data');
    case 'stale':
      return t('kpi.status.stale', 'Stale');
    case 'error':
      return t('kpi.status.error', 'Query error');
    case 'invalid':
      return t('kpi.status.invalid', 'Invalid definition');
    case 'loading':
      return t('kpi.status.loading', 'Loading');
  }
}
