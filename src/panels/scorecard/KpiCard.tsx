import { css, cx } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { Text, useStyles2, useTheme2 } from '@grafana/ui';
import React, { useMemo, useState } from 'react';

import { type FiringRule } from '../../alerting/firingKpiRules';
import { FiringAlertBadge } from '../../components/kpi/FiringAlertBadge';
import { fixedText } from '../../components/kpi/fixedText';
import { KpiBudget } from '../../components/kpi/KpiBudget';
import { deltaOf, KpiDelta } from '../../components/kpi/KpiDelta';
import { KpiForecast } from '../../components/kpi/KpiForecast';
import { KpiSparkline } from '../../components/kpi/KpiSparkline';
import { KpiTarget } from '../../components/kpi/KpiTarget';
import { KpiTypeBadge } from '../../components/kpi/KpiTypeBadge';
import { KpiValue } from '../../components/kpi/KpiValue';
import { statusAppearance } from '../../components/kpi/statusAppearance';
import { StatusBadge } from '../../components/kpi/StatusBadge';
import { UpdatedAgo } from '../../components/kpi/UpdatedAgo';
import { type ShownKpi } from '../../kpi/catalogEntries';
import { trendTarget } from '../../kpi/trendSeries';
import { KpiDefinitionButton } from './KpiDefinitionButton';
import { CARD_SIZE } from './pageSize';
import { sparklineSeries, type ScorecardItem } from './scorecardItems';
import { type ScorecardOptions } from './scorecardOptions';
import { scorecardTestIds } from './testIds';
import { DEFINITION_ANCHOR } from './useDefinitionTooltip';

export type CardOptions = Pick<
  ScorecardOptions,
  'showSparkline' | 'showDelta' | 'showForecast' | 'showOwner' | 'compact'
>;

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

const SPARKLINE_HEIGHT = 32;

/**
 * One KPI at a glance. The name is the link to its page; the whole card is its click target. An entry a link
 * cannot reach has its name as text (focusable still, for its definition) and no click target.
 */
export const KpiCard = React.memo(function KpiCard({ item, href, now, options, sparklineWidth, alerts }: Props) {
  const theme = useTheme2();
  const styles = useStyles2(getStyles);
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
  const name = <KpiName kpi={kpi} index={item.index} href={href} styles={styles} />;
  if (!evaluation) {
    // Loading: the name and a word, nothing more. The header's icons and badges come with the answer, so a
    // 200-KPI scorecard sets them up once, not once for the wait and again for the result.
    return (
      <article {...cardProps}>
        {name}
        <Secondary testId={scorecardTestIds.loading}>{fixedText('scorecard.card.loading', 'Loading…')}</Secondary>
      </article>
    );
  }
  return (
    <article {...cardProps}>
      {name}
      <div className={styles.header}>
        <StatusBadge status={evaluation.status} />
        <FiringAlertBadge rules={alerts} className={styles.raised} />
        {!options.compact && <KpiTypeBadge type={kpi.type} />}
        <span className={styles.spacer} />
        {(touched || href === undefined) && (
          <KpiDefinitionButton kpi={kpi} invalid={item.invalid} className={styles.raised} />
        )}
      </div>
      <div className={styles.valueRow}>
        <KpiValue
          value={evaluation.value}
          unit={kpi.unit}
          decimals={kpi.decimals}
          className={cx(styles.value, muted && styles.muted)}
          testId={scorecardTestIds.value}
        />
        {options.showDelta && !options.compact && !item.invalid && evaluation.status !== 'error' && (
          <KpiDelta {...deltaOf(item.kpi, evaluation)} />
        )}
      </div>
      {series && !item.invalid && (
        <KpiSparkline
          series={series}
          direction={item.kpi.direction}
          target={trendTarget(item.kpi)}
          color={muted ? theme.colors.text.disabled : undefined}
          width={sparklineWidth}
          height={SPARKLINE_HEIGHT}
        />
      )}
      {!options.compact && (
        <Secondary>
          <KpiTarget {...kpi} />
        </Secondary>
      )}
      <KpiBudget budgetLeft={evaluation.budgetLeft} testId={scorecardTestIds.budget} />
      {options.showForecast && !options.compact && !item.invalid && evaluation.forecast !== null && (
        <div data-testid={scorecardTestIds.forecast}>
          <KpiForecast kpi={item.kpi} forecast={evaluation.forecast} />
        </div>
      )}
      {status === 'stale' && evaluation.newestSampleAt && (
        <Secondary testId={scorecardTestIds.stale}>
          <UpdatedAgo at={evaluation.newestSampleAt} now={now} />
        </Secondary>
      )}
      {status === 'no-data' && (
        <Secondary>
          {t('scorecard.card.no-data', 'No samples in the {{window}} window', {
            window: kpi.window,
            interpolation: { escapeValue: false },
          })}
        </Secondary>
      )}
      {status === 'error' && evaluation.error && (
        <div className={styles.error} title={evaluation.error} data-testid={scorecardTestIds.error}>
          {evaluation.error}
        </div>
      )}
      {options.showOwner && !options.compact && (
        <Secondary testId={scorecardTestIds.owner}>
          {fixedText('scorecard.card.owner', 'Owner')}: {kpi.owner}
        </Secondary>
      )}
    </article>
  );
});

/** A line of small secondary text on the card. */
function Secondary({ testId, children }: { testId?: string; children: NonNullable<React.ReactNode> }) {
  return (
    <Text element="p" variant="bodySmall" color="secondary" data-testid={testId}>
      {children}
    </Text>
  );
}

interface NameProps {
  kpi: ShownKpi;
  index: number;
  href?: string;
  styles: ReturnType<typeof getStyles>;
}

/**
 * The name: a link, or text for an entry a link cannot reach (whose card then shows its definition button at once,
 * for the keyboard); the definition shows on hover or focus.
 */
function KpiName({ kpi, index, href, styles }: NameProps) {
  const anchor = { [DEFINITION_ANCHOR]: index };
  return href === undefined ? (
    <span className={styles.name} data-testid={scorecardTestIds.name} {...anchor}>
      {kpi.name}
    </span>
  ) : (
    <a href={href} className={cx(styles.name, styles.link)} data-testid={scorecardTestIds.link} {...anchor}>
      {kpi.name}
    </a>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  card: css({
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.5),
    minWidth: 0,
    // A vertical scrollbar can take a few px from the width the sparkline was sized for: clip, never overflow.
    overflow: 'hidden',
    padding: theme.spacing(1, 1.5),
    background: theme.colors.background.secondary,
    border: `1px solid ${theme.colors.border.weak}`,
    borderLeftWidth: 4,
    borderRadius: theme.shape.radius.default,
    // A card below the fold skips layout and paint until it scrolls near the viewport (a tall panel, a TV).
    contentVisibility: 'auto',
    containIntrinsicSize: `auto ${CARD_SIZE.normal.height}px`,
    '&:hover': { background: theme.colors.emphasize(theme.colors.background.secondary, 0.03) },
    '&:focus-within': { outline: `2px solid ${theme.colors.primary.main}`, outlineOffset: 1 },
  }),
  compact: css({
    padding: theme.spacing(0.5, 1),
    gap: theme.spacing(0.25),
    containIntrinsicSize: `auto ${CARD_SIZE.compact.height}px`,
  }),
  header: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(0.5), minHeight: 24, order: -1 }),
  spacer: css({ flex: 1 }),
  // Above the stretched link, so the definition button gets its own clicks.
  raised: css({ position: 'relative', zIndex: 1 }),
  name: css({
    fontSize: theme.typography.h5.fontSize,
    fontWeight: theme.typography.fontWeightMedium,
    color: theme.colors.text.primary,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    // The card draws the focus ring (focus-within).
    '&:focus-visible': { outline: 'none' },
  }),
  link: css({
    '&:hover, &:focus-visible': { textDecoration: 'underline' },
    // The stretched link: the whole card opens the KPI's page.
    '&::after': { content: '""', position: 'absolute', inset: 0 },
  }),
  valueRow: css({ display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', gap: theme.spacing(0, 1) }),
  value: css({
    fontSize: theme.typography.h2.fontSize,
    fontWeight: theme.typography.fontWeightMedium,
    lineHeight: 1.1,
  }),
  muted: css({ color: theme.colors.text.secondary }),
  error: css({
    color: theme.colors.error.text,
    fontSize: theme.typography.bodySmall.fontSize,
    display: '-webkit-box',
    WebkitLineClamp: 3,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    overflowWrap: 'anywhere',
  }),
});
