import { Badge } from '@grafana/ui';
import React from 'react';

import { type KpiType } from '../../kpi/types';
import { fixedText } from './fixedText';

/**
 * Leading KPIs predict, lagging ones confirm: the badge says which, in words. No tooltip: the word is enough, and
 * a tooltip per badge was a tenth of a 200-KPI scorecard's render time.
 */
export const KpiTypeBadge = React.memo(function KpiTypeBadge({ type }: { type?: KpiType }) {
  if (type === 'leading') {
    return <Badge color="blue" text={fixedText('kpi.type.leading', 'Leading')} />;
  }
  // A definition the catalog marks invalid may have no type: no badge then, rather than a guess.
  return type === 'lagging' ? <Badge color="purple" text={fixedText('kpi.type.lagging', 'Lagging')} /> : null;
});
