import { css } from '@emotion/css';
import { colorManipulator, type GrafanaTheme2 } from '@grafana/data';
import { Badge, Icon, useStyles2, useTheme2 } from '@grafana/ui';
import React from 'react';

import { type KpiStatus } from '../../kpi/types';
import { statusAppearance } from './statusAppearance';

interface Props {
  status: KpiStatus;
  /** The icon instead of the word, for narrow table cells (the word stays for screen readers and as a tooltip). */
  iconOnly?: boolean;
}

/**
 * A KPI's status as a word on its colour in a @grafana/ui Badge, so it reads without colour vision and in
 * greyscale. No icon beside the word: each @grafana/ui Icon loads through three extra renders (react-inlinesvg),
 * and a 200-KPI scorecard's badges alone re-laid out the panel three times.
 */
export const StatusBadge = React.memo(function StatusBadge({ status, iconOnly = false }: Props) {
  const theme = useTheme2();
  const { color, icon, badge, label } = statusAppearance(status, theme);
  // Memoised per theme and colour: 200 badges share six style objects instead of serialising 200.
  const styles = useStyles2(getStyles, color);
  if (iconOnly) {
    return (
      <span className={styles.badge} data-status={status} title={label}>
        <Icon name={icon} size="sm" className={styles.icon} aria-hidden />
        <span className={styles.srOnly}>{label}</span>
      </span>
    );
  }
  return <Badge color={badge} text={label} data-status={status} className={styles.word} />;
});

const getStyles = (theme: GrafanaTheme2, color: string) => ({
  badge: css({
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    padding: theme.spacing(0, 0.75),
    borderRadius: theme.shape.radius.pill,
    border: `1px solid ${color}`,
    background: colorManipulator.alpha(color, 0.15),
    // The word stays in the primary text colour: readable on both themes whatever the status colour.
    color: theme.colors.text.primary,
    fontSize: theme.typography.bodySmall.fontSize,
    lineHeight: 1.6,
    whiteSpace: 'nowrap',
  }),
  icon: css({ color }),
  // A status word never wraps inside its badge (Badge lets it).
  word: css({ whiteSpace: 'nowrap' }),
  srOnly: css({
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  }),
});
