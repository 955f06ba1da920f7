import React from 'react';

import { type FiringRule } from '../../alerting/firingKpiRules';
import { FiringAlertBadge } from '../../components/kpi/FiringAlertBadge';
import { KpiTypeBadge } from '../../components/kpi/KpiTypeBadge';
import { StatusBadge } from '../../components/kpi/StatusBadge';
import { type KpiEvaluation } from '../../kpi/types';
import { type CardStyles } from './kpiCardStyles';
import { KpiDefinitionButton } from './KpiDefinitionButton';
import { type ScorecardItem } from './scorecardItems';

interface Props {
  item: ScorecardItem;
  evaluation: KpiEvaluation;
  compact: boolean;
  /** The KPI's rules firing in Grafana's alerting, loudest first. */
  alerts?: readonly FiringRule[];
  /** The definition button is mounted (first hover or focus, or at once for a name that is not a link). */
  withDefinition: boolean;
  styles: CardStyles;
}

/** The card's header row: status, firing alerts, type and the definition button (CSS puts it above the name). */
export function KpiCardHeader({ item, evaluation, compact, alerts, withDefinition, styles }: Props) {
  return (
    <div className={styles.header}>
      <StatusBadge status={evaluation.status} />
      <FiringAlertBadge rules={alerts} className={styles.raised} />
      {!compact && <KpiTypeBadge type={item.kpi.type} />}
      <span className={styles.spacer} />
      {withDefinition && <KpiDefinitionButton kpi={item.kpi} invalid={item.invalid} className={styles.raised} />}
    </div>
  );
}
