import { css } from '@emotion/css';
import { LoadingState, type PanelProps } from '@grafana/data';
import { t } from '@grafana/i18n';
import { LoadingPlaceholder, useStyles2 } from '@grafana/ui';
import React, { useMemo, useState } from 'react';

import { useFiringRules } from '../../alerting/useFiringRules';
import { orderScorecard } from '../../kpi/scorecardOrder';
import { kpiDetailHrefs } from '../../routing';
import { CatalogFailed, CatalogNotConfigured } from './CatalogUnavailable';
import { EmptySelection } from './EmptySelection';
import { KpiCards } from './KpiCards';
import { KpiTable } from './KpiTable';
import { kpiTableItems } from './kpiTableItems';
import { hasLegacySelection, legacyTarget } from './legacyTarget';
import { NoKpiQuery } from './NoKpiQuery';
import { type ScorecardItem } from './scorecardItems';
import { type CardOptions, type ScorecardOptions } from './scorecardOptions';
import { scorecardTestIds } from './testIds';

type Props = PanelProps<ScorecardOptions>;

/**
 * The KPIs of the panel's query on the KPI datasource (its table frame and trend frames in `data.series`)
 * against their targets, as cards or a table; evaluated by the datasource as of the query's time range end.
 */
export function ScorecardPanel({ data, options, width, height, timeRange }: Props) {
  const styles = useStyles2(getStyles);
  // A row whose figures did not change keeps its item object, so its (memoised) card skips the render when
  // another KPI's answer arrives: one answer re-renders the cards it is for, not all 200.
  const [previous] = useState(() => new Map<number, ScorecardItem>());
  const table = useMemo(() => {
    const read = kpiTableItems(data.series, previous);
    previous.clear();
    read?.items.forEach((item) => previous.set(item.index, item));
    return read;
  }, [data.series, previous]);
  const items = useMemo(() => (table ? orderScorecard(table.items, options.sort) : []), [table, options.sort]);
  const hrefFor = useMemo(() => kpiDetailHrefs(timeRange), [timeRange]);
  const firing = useFiringRules().byKpi;
  const { showSparkline, showDelta, showForecast, showOwner, compact } = options;
  const cardOptions: CardOptions = useMemo(
    () => ({ showSparkline, showDelta, showForecast, showOwner, compact }),
    [showSparkline, showDelta, showForecast, showOwner, compact]
  );
  const small = width < 400 || height < 250;
  const now = table?.now ?? timeRange.to.valueOf();

  const body = (() => {
    if (!table) {
      const error = data.errors?.[0];
      if (error) {
        return <CatalogFailed message={error.message ?? ''} />;
      }
      if (data.state === LoadingState.Loading || data.state === LoadingState.NotStarted) {
        return <LoadingPlaceholder text={t('scorecard.loading-catalog', 'Loading the KPI catalog…')} />;
      }
      return <NoKpiQuery legacy={hasLegacySelection(options) ? legacyTarget(options) : undefined} small={small} />;
    }
    if (table.empty) {
      return table.empty.kind === 'not-configured' ? (
        <CatalogNotConfigured small={small} />
      ) : (
        <EmptySelection why={table.empty} small={small} />
      );
    }
    if (items.length > 0 && items.every((item) => !item.evaluation)) {
      // Nothing answered yet: one line instead of 200 cards that would all be laid out again with the answers.
      return (
        <LoadingPlaceholder
          text={t('scorecard.loading-kpis', 'Querying the datasources…')}
          data-testid={scorecardTestIds.loading}
        />
      );
    }
    return options.layout === 'table' ? (
      <KpiTable items={items} height={height} now={now} hrefFor={hrefFor} options={cardOptions} firing={firing} />
    ) : (
      <KpiCards
        items={items}
        width={width}
        height={height}
        now={now}
        hrefFor={hrefFor}
        options={cardOptions}
        firing={firing}
      />
    );
  })();

  return (
    <div className={styles.panel} data-testid={scorecardTestIds.panel} style={{ width, height }}>
      {body}
    </div>
  );
}

const getStyles = () => ({
  panel: css({ overflow: 'auto' }),
});
