import { t } from '@grafana/i18n';

import { statusLabel } from '../../components/kpi/statusAppearance';
import { type KpiStatus } from '../../kpi/types';

/** A row's status as the pages' badge words it: the same word in a filter as in the table. */
export function statusWord(status: KpiStatus | 'loading'): string {
  return status === 'loading' ? t('kpi.status.loading', 'Loading') : statusLabel(status);
}
