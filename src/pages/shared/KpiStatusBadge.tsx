import { Badge } from '@grafana/ui';
import React from 'react';

import { StatusBadge } from '../../components/kpi/StatusBadge';
import { type KpiStatus } from '../../kpi/types';
import { statusWord } from './statusWord';

/** The shared status badge, plus the state only the app's pages have: a KPI whose answer has not arrived yet. */
export function KpiStatusBadge({ status }: { status: KpiStatus | 'loading' }) {
  if (status === 'loading') {
    return <Badge color="blue" icon="fa fa-spinner" text={statusWord('loading')} />;
  }
  return <StatusBadge status={status} />;
}
