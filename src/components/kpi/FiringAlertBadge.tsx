import { css, cx } from '@emotion/css';
import { locationUtil } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Badge, useStyles2 } from '@grafana/ui';
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
 * tooltip names every firing rule. A red @grafana/ui Badge, as the status beside it: the link is around it.
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
      className={cx(styles.link, className)}
      title={rules.map((rule) => rule.title).join('\n')}
      data-testid={testIds.alerting.firing}
      data-severity={loudest.severity}
    >
      <Badge color="red" text={text} />
    </a>
  );
});

const getStyles = () => ({
  link: css({
    display: 'inline-flex',
    whiteSpace: 'nowrap',
    '&:hover, &:focus-visible': { textDecoration: 'underline' },
  }),
});
