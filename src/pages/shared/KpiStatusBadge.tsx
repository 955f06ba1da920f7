import React from 'react';
import { Badge } from '@grafana/ui';
import { StatusBadge } from '../../components/kpi/StatusBadge';
import { KpiStatus } from '../../kpi/types';
import { shownStatus } from './shownStatus';
import { statusWord } from './statusWord';

/** The shared status badge, plus the state only the app's pages have: a KPI whose answer has not arrived yet. */
export function KpiStatusBadge({ status }: { status: KpiStatus | 'invalid' | 'loading' }) {
  const shown = shownStatus(status);
  if (shown === 'loading') {
    return <Badge color="blue" icon="fa fa-spinner" text={statusWord('loading')} />;
  }
  return <StatusBadge status={shown} />;
}
