import React from 'react';
import { t } from '@grafana/i18n';
import { Badge } from '@grafana/ui';
import { KpiType } from '../../kpi/types';

/** Leading KPIs predict, lagging ones confirm: the badge says which, in words. */
export function KpiTypeBadge({ type }: { type: KpiType }) {
  return type === 'leading' ? (
    <Badge
      color="blue"
      text={t('kpi.type.leading', 'Leading')}
      tooltip={t('kpi.type.leading-tip', 'Predicts an outcome')}
    />
  ) : (
    <Badge
      color="purple"
      text={t('kpi.type.lagging', 'Lagging')}
      tooltip={t('kpi.type.lagging-tip', 'Measures an outcome')}
    />
  );
}
