import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { Icon, useStyles2 } from '@grafana/ui';
import { Kpi, KpiEvaluation } from '../../kpi/types';
import { formatDelta } from './formatKpiValue';

/** The trend against the previous period; the arrow is green when it moves the good way for this KPI. */
export function KpiDeltaText({ kpi, evaluation }: { kpi: Kpi; evaluation?: KpiEvaluation }) {
  const styles = useStyles2(getStyles);
  if (!evaluation || evaluation.delta === null || evaluation.deltaKind === null) {
    return <span className={styles.none}>–</span>;
  }
  const { delta, deltaKind } = evaluation;
  const good =
    kpi.direction === 'lower-is-better' ? delta < 0 : kpi.direction === 'higher-is-better' ? delta > 0 : null;
  const className = delta === 0 || good === null ? styles.none : good ? styles.good : styles.bad;
  return (
    <span className={className}>
      <Icon name={delta > 0 ? 'arrow-up' : delta < 0 ? 'arrow-down' : 'minus'} size="sm" />{' '}
      {formatDelta(kpi, delta, deltaKind)}
    </span>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  good: css({ color: theme.colors.success.text, whiteSpace: 'nowrap' }),
  bad: css({ color: theme.colors.error.text, whiteSpace: 'nowrap' }),
  none: css({ color: theme.colors.text.secondary, whiteSpace: 'nowrap' }),
});
