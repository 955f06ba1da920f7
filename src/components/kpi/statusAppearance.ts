import { type GrafanaTheme2, type IconName } from '@grafana/data';
import { type BadgeColor } from '@grafana/ui';

import { type KpiStatus } from '../../kpi/types';
import { fixedText } from './fixedText';

export interface StatusAppearance {
  /** A theme colour, never the only carrier of the status: the word (or the icon where it stands in) comes too. */
  color: string;
  icon: IconName;
  /** The same colour by name, for a @grafana/ui Badge (which takes a name, not a colour). */
  badge: BadgeColor;
  label: string;
}

/**
 * Colour, icon (for narrow cells) and word of each status. Stale and no-data are grey on purpose: they must
 * never look healthy.
 */
export function statusAppearance(status: KpiStatus, theme: GrafanaTheme2): StatusAppearance {
  return { ...statusLook(status, theme), label: statusLabel(status) };
}

function statusLook(status: KpiStatus, theme: GrafanaTheme2): Omit<StatusAppearance, 'label'> {
  const viz = theme.visualization;
  switch (status) {
    case 'on-track':
      return { color: viz.getColorByName('green'), icon: 'check-circle', badge: 'green' };
    case 'at-risk':
      return { color: viz.getColorByName('orange'), icon: 'exclamation-triangle', badge: 'orange' };
    case 'off-track':
      return { color: viz.getColorByName('red'), icon: 'times-circle', badge: 'red' };
    case 'stale':
      return { color: theme.colors.text.secondary, icon: 'clock-nine', badge: 'darkgrey' };
    case 'no-data':
      return { color: theme.colors.text.secondary, icon: 'question-circle', badge: 'darkgrey' };
    case 'error':
      return { color: theme.colors.error.text, icon: 'exclamation-circle', badge: 'red' };
  }
}

/** The status as a word, as its badge shows it (and a filter offers it). */
export function statusLabel(status: KpiStatus): string {
  switch (status) {
    case 'on-track':
      return fixedText('kpi.status.on-track', 'On track');
    case 'at-risk':
      return fixedText('kpi.status.at-risk', 'At risk');
    case 'off-track':
      return fixedText('kpi.status.off-track', 'Off track');
    case 'stale':
      return fixedText('kpi.status.stale', 'Stale');
    case 'no-data':
      return fixedText('kpi.status.no-data', 'No data');
    case 'error':
      return fixedText('kpi.status.error', 'Error');
  }
}
