import { t } from '@grafana/i18n';

/** Words for the two states only the app's pages show (the shared badge names the six statuses). */
export function statusText(status: 'invalid' | 'loading'): string {
  return status === 'invalid' ? t('kpi.status.invalid', 'Invalid definition') : t('kpi.status.loading', 'Loading');
}
