import React from 'react';
import { Badge, BadgeColor, IconName } from '@grafana/ui';
import { KpiStatus } from '../../kpi/types';
import { statusText } from './statusText';

type ShownStatus = KpiStatus | 'invalid' | 'loading';

const LOOK: Record<ShownStatus, { color: BadgeColor; icon: IconName }> = {
  'on-track': { color: 'green', icon: 'check' },
  'at-risk': { color: 'orange', icon: 'exclamation-triangle' },
  'off-track': { color: 'red', icon: 'times' },
  'no-data': { color: 'darkgrey', icon: 'question-circle' },
  stale: { color: 'darkgrey', icon: 'clock-nine' },
  error: { color: 'red', icon: 'exclamation-circle' },
  invalid: { color: 'purple', icon: 'bug' },
  loading: { color: 'blue', icon: 'fa fa-spinner' },
};

/** A status with colour and icon, so it reads without colour vision too. Page-local until src/components/kpi lands. */
export function KpiStatusBadge({ status, tooltip }: { status: ShownStatus; tooltip?: string }) {
  const { color, icon } = LOOK[status];
  return <Badge color={color} icon={icon} text={statusText(status)} tooltip={tooltip} />;
}
