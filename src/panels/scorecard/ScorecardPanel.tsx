import React, { useMemo, useState } from 'react';
import { css } from '@emotion/css';
import { PanelProps } from '@grafana/data';
import { t } from '@grafana/i18n';
import { LoadingPlaceholder, useStyles2 } from '@grafana/ui';
import { useFiringRules } from '../../alerting/useFiringRules';
import { useKpiResults } from '../../components/kpi/useKpiResults';
import { shownKpi } from '../../kpi/catalogEntries';
import { explainEmptySelection } from '../../kpi/explainSelection';
import { orderScorecard } from '../../kpi/scorecardOrder';
import { Kpi } from '../../kpi/types';
import { KpiResult } from '../../query/evaluateResults';
import { CatalogFailed, CatalogNotConfigured } from './CatalogUnavailable';
import { EmptySelection } from './EmptySelection';
import { CardOptions } from './KpiCard';
import { KpiCards } from './KpiCards';
import { KpiTable } from './KpiTable';
import { kpiDetailHrefs } from '../../routing';
import { interpolateSelector } from './interpolateSelector';
import { ScorecardOptions } from './scorecardOptions';
import { ScorecardItem, filterByStatus, invalidItem, resultItem } from './scorecardItems';
import { selectPanelKpis } from './selectPanelKpis';
import { scorecardTestIds } from './testIds';
import { useCatalog } from './useCatalog';

type Props = PanelProps<ScorecardOptions>;

const NO_KPIS: Kpi[] = [];

/**
 * KPIs of the app's catalog against their targets, evaluated as of the dashboard's time range end, refreshed
 * with the dashboard (a refresh gives a new time range object).
 */
export function ScorecardPanel({ options, width, height, timeRange, timeZone, replaceVariables }: Props) {
  const styles = useStyles2(getStyles);
  const catalogState = useCatalog(timeRange);
  const catalog = catalogState.status === 'loaded' ? catalogState.catalog : undefined;
  const selector = interpolateSelector(options, replaceVariables);
  const selectorKey = JSON.stringify(selector);
  const selection = useMemo(
    () =>
      catalog?.configured && !catalog.parseError
        ? selectPanelKpis(catalog, selector, options.selectBy === 'ids')
        : undefined,
    // selectorKey stands for selector: the interpolated values, not the object identity, decide.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [catalog, selectorKey, options.selectBy]
  );
  const now = timeRange.to.valueOf();
  const results = useKpiResults(selection?.kpis ?? NO_KPIS, { now, timeZone, refreshKey: timeRange });
  // A result that did not change keeps its item object, so its (memoised) card skips the render when another
  // KPI's answer arrives: one answer re-renders the cards it is for, not all 200.
  const [itemCache] = useState(() => new WeakMap<KpiResult, ScorecardItem>());
  const items = useMemo(() => {
    if (!selection) {
      return [];
    }
    const itemFor = (result: KpiResult) => {
      const index = selection.indexOf.get(result.kpi.id) ?? 0;
      const cached = itemCache.get(result);
      if (cached && cached.index === index) {
        return cached;
      }
      const item = resultItem(result, index);
      itemCache.set(result, item);
      return item;
    };
    const all = [...selection.invalid.map(invalidItem), ...results.map(itemFor)];
    return orderScorecard(filterByStatus(all, selector.status ?? []), options.sort);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selection, results, selectorKey, options.sort]);
  const hrefFor = useMemo(() => kpiDetailHrefs(timeRange), [timeRange]);
  const firing = useFiringRules().byKpi;
  const { showSparkline, showDelta, showForecast, showOwner, compact } = options;
  const cardOptions: CardOptions = useMemo(
    () => ({ showSparkline, showDelta, showForecast, showOwner, compact }),
    [showSparkline, showDelta, showForecast, showOwner, compact]
  );
  const small = width < 400 || height < 250;

  const body = (() => {
    if (catalogState.status === 'loading') {
      return <LoadingPlaceholder text={t('scorecard.loading-catalog', 'Loading the KPI catalog…')} />;
    }
    if (catalogState.status === 'failed') {
      return <CatalogFailed message={catalogState.message} />;
    }
    if (!catalog?.configured) {
      return <CatalogNotConfigured small={small} />;
    }
    if (catalog.parseError || !selection) {
      return <CatalogFailed message={catalog.parseError ?? ''} />;
    }
    if (selection.nothingChosen) {
      return <EmptySelection why={{ kind: 'nothing-chosen' }} small={small} />;
    }
    if (selection.kpis.length === 0 && selection.invalid.length === 0) {
      const reasons = explainEmptySelection(catalog.validation.kpis.map(shownKpi), { ...selector, status: undefined });
      return <EmptySelection why={{ kind: 'catalog', reasons }} small={small} />;
    }
    if (results.length > 0 && results.every((r) => !r.evaluation)) {
      // Nothing answered yet: one line instead of 200 cards that would all be laid out again with the answers.
      return (
        <LoadingPlaceholder
          text={t('scorecard.loading-kpis', 'Querying the datasources…')}
          data-testid={scorecardTestIds.loading}
        />
      );
    }
    if (items.length === 0) {
      return <EmptySelection why={{ kind: 'status', statuses: selector.status ?? [] }} small={small} />;
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
