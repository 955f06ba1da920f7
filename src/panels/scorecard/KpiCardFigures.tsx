import { cx } from '@emotion/css';
import React from 'react';

import { KpiBudget } from '../../components/kpi/KpiBudget';
import { deltaOf, KpiDelta } from '../../components/kpi/KpiDelta';
import { KpiForecast } from '../../components/kpi/KpiForecast';
import { KpiSparkline } from '../../components/kpi/KpiSparkline';
import { KpiTarget } from '../../components/kpi/KpiTarget';
import { KpiValue } from '../../components/kpi/KpiValue';
import { type KpiSeries } from '../../kpi/kpiSeries';
import { trendTarget } from '../../kpi/trendSeries';
import { type KpiEvaluation } from '../../kpi/types';
import { CardSecondary } from './CardSecondary';
import { type CardStyles } from './kpiCardStyles';
import { type ScorecardItem } from './scorecardItems';
import { type CardOptions } from './scorecardOptions';
import { scorecardTestIds } from './testIds';

interface Props {
  item: ScorecardItem;
  evaluation: KpiEvaluation;
  options: CardOptions;
  /** What the sparkline draws; null when it is not shown. */
  series: KpiSeries | null;
  /** A stale, empty or failed answer: its figures are greyed. */
  muted: boolean;
  mutedColor: string;
  sparklineWidth: number;
  styles: CardStyles;
}

const SPARKLINE_HEIGHT = 32;

/** The card's figures: value and change, sparkline, target, budget and forecast. */
export function KpiCardFigures({ item, evaluation, options, series, muted, mutedColor, sparklineWidth, styles }: Props) {
  const { kpi } = item;
  return (
    <>
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
          color={muted ? mutedColor : undefined}
          width={sparklineWidth}
          height={SPARKLINE_HEIGHT}
        />
      )}
      {!options.compact && (
        <CardSecondary>
          <KpiTarget {...kpi} />
        </CardSecondary>
      )}
      <KpiBudget budgetLeft={evaluation.budgetLeft} testId={scorecardTestIds.budget} />
      {options.showForecast && !options.compact && !item.invalid && evaluation.forecast !== null && (
        <div data-testid={scorecardTestIds.forecast}>
          <KpiForecast kpi={item.kpi} forecast={evaluation.forecast} />
        </div>
      )}
    </>
  );
}
