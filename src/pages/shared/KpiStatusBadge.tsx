import React from 'react';
import { Badge } from '@grafana/ui';
import { StatusBadge } from '../../components/kpi/StatusBadge';
import { KpiStatus } from '../../kpi/types';
import { statusText } from './statusText';

/**
 * The shared status badge, plus the two states only the app's pages have: a definition that failed
 * validation (never evaluated) and a KPI whose answer has not arrived yet.
 */
export function KpiStatusBadge({ status }: { status: KpiStatus | 'invalid' | 'loading' }) {
  if (status === 'invalid') {
    return <Badge color="purple" icon="bug" text={statusText(status)} />;
  }
  if (status === 'loading') {
    return <Badge color="blue" icon="fa fa-spinner" text={statusText(status)} />;
  }
  return <StatusBadge status={status} />;
}
