import { css, cx } from '@emotion/css';
import { colorManipulator, locationUtil, type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { useStyles2 } from '@grafana/ui';
import React from 'react';

import { type FiringRule } from '../../alerting/firingKpiRules';
import { testIds } from '../../testIds';

interface Props {
  /** The KPI's firing rules, loudest first (firingKpiRules); nothing is drawn without one. */
  rules?: readonly FiringRule[];
  className?: string;
}

/**
 * "Alert firing: page" on a card or a catalog row, linking to the loudest firing rule in Grafana's alerting; the
 * tooltip names every firing rule. In the alert state colour Grafana's own lists use, so it reads as Grafana's.
 */
export const FiringAlertBadge = React.memo(function FiringAlertBadge({ rules, className }: Props) {
  const styles = useStyles2(getStyles);
  if (!rules || rules.length === 0) {
    return null;
  }
  const [loudest] = rules;
  const text = loudest.severity
    ? t('alerting.firing.severity', 'Alert firing: {{severity}}', {
        severity: loudest.severity,
        interpolation: { escapeValue: false },
      })
    : t('alerting.firing.plain', 'Alert firing');
  return (
    <a
      href={locationUtil.assureBaseUrl(loudest.path)}
      className={cx(styles.badge, className)}
      title={rules.map((rule) => rule.title).join('\n')}
      data-testid={testIds.alerting.firing}
      data-severity={loudest.severity}
    >
      {text}
    </a>
  );
});

const getStyles = (theme: GrafanaTheme2) => {
  const color = theme.colors.error.main;
  return {
    badge: css({
      display: 'inline-flex',
      alignItems: 'center',
      padding: theme.spacing(0, 0.75),
      borderRadius: theme.shape.radius.pill,
      border: `1px solid ${color}`,
      background: colorManipulator.alpha(color, 0.25),
      color: theme.colors.text.primary,
      fontSize: theme.typography.bodySmall.fontSize,
      lineHeight: 1.6,
      whiteSpace: 'nowrap',
      '&:hover, &:focus-visible': { textDecoration: 'underline' },
    }),
  };
};
