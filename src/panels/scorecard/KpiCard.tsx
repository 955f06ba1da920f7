import { cx } from '@emotion/css';
import { useStyles2, useTheme2 } from '@grafana/ui';
import React, { useMemo, useState } from 'react';

import { type FiringRule } from '../../alerting/firingKpiRules';
import { fixedText } from '../../components/kpi/fixedText';
import { statusAppearance } from '../../components/kpi/statusAppearance';
import { CardSecondary } from './CardSecondary';
import { KpiCardFigures } from './KpiCardFigures';
import { KpiCardHeader } from './KpiCardHeader';
import { KpiCardName } from './KpiCardName';
import { KpiCardNotes } from './KpiCardNotes';
import { getCardStyles } from './kpiCardStyles';
import { sparklineSeries, type ScorecardItem } from './scorecardItems';
import { type CardOptions } from './scorecardOptions';
import { scorecardTestIds } from './testIds';

interface Props {
  item: ScorecardItem;
  /** Its KPI page; none for an entry a link by id cannot reach (no id, or one an earlier entry has). */
  href?: string;
  now: number;
  options: CardOptions;
  /** The sparkline spans the card: its width in px (uPlot draws at a fixed size). */
  sparklineWidth: number;
  /** The KPI's rules firing in Grafana's alerting, loudest first. */
  alerts?: readonly FiringRule[];
}

/**
 * One KPI at a glance. The name is the link to its page; the whole card is its click target. An entry a link
 * cannot reach has its name as text (focusable still, for its definition) and no click target. Its parts
 * (header, figures, notes) are plain components without hooks: the card's hooks and memo are all here.
 */
export const KpiCard = React.memo(function KpiCard({ item, href, now, options, sparklineWidth, alerts }: Props) {
  const theme = useTheme2();
  const styles = useStyles2(getCardStyles);
  const { kpi, evaluation } = item;
  const status = evaluation?.status;
  const accent = status ? statusAppearance(status, theme).color : theme.colors.border.medium;
  const series = useMemo(
    () => (options.showSparkline && !options.compact ? sparklineSeries(item) : null),
    [item, options]
  );
  const muted = status === 'stale' || status === 'no-data' || status === 'error';
  // The definition button (an Icon: three extra renders each) comes with the first hover or focus in the card;
  // Tab from the name link lands on it, since it is mounted by the time focus moves on.
  const [touched, setTouched] = useState(false);
  const touch = touched ? undefined : () => setTouched(true);

  const cardProps = {
    className: cx(styles.card, options.compact && styles.compact),
    style: { borderLeftColor: accent },
    'data-testid': scorecardTestIds.card,
    'data-kpi': kpi.id,
    'aria-busy': item.loading,
    onMouseEnter: touch,
    onFocus: touch,
  };
  // The name comes first in the DOM (Tab reaches the link, then its definition); CSS puts the header above.
  const name = <KpiCardName kpi={kpi} index={item.index} href={href} styles={styles} />;
  if (!evaluation) {
    // Loading: the name and a word, nothing more. The header's icons and badges come with the answer, so a
    // 200-KPI scorecard sets them up once, not once for the wait and again for the result.
    return (
      <article {...cardProps}>
        {name}
        <CardSecondary testId={scorecardTestIds.loading}>
          {fixedText('scorecard.card.loading', 'Loading…')}
        </CardSecondary>
      </article>
    );
  }
  return (
    <article {...cardProps}>
      {name}
      <KpiCardHeader
        item={item}
        evaluation={evaluation}
        compact={options.compact}
        alerts={alerts}
        withDefinition={touched || href === undefined}
        styles={styles}
      />
      <KpiCardFigures
        item={item}
        evaluation={evaluation}
        options={options}
        series={series}
        muted={muted}
        mutedColor={theme.colors.text.disabled}
        sparklineWidth={sparklineWidth}
        styles={styles}
      />
      <KpiCardNotes kpi={kpi} evaluation={evaluation} now={now} options={options} styles={styles} />
    </article>
  );
});
