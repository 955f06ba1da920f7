import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { Pagination, useStyles2 } from '@grafana/ui';
import React, { useState } from 'react';

import { type FiringByKpi } from '../../alerting/firingKpiRules';
import { KpiCard } from './KpiCard';
import { CARD_PADDING, CARD_SIZE, cardsPerPage, cardWidth, GRID_GAP } from './pageSize';
import { type ScorecardItem } from './scorecardItems';
import { type CardOptions } from './scorecardOptions';
import { useDefinitionTooltip } from './useDefinitionTooltip';

interface Props {
  items: ScorecardItem[];
  width: number;
  height: number;
  now: number;
  hrefFor: (kpiId: string) => string;
  options: CardOptions;
  firing: FiringByKpi;
}

/** The cards layout: as many cards as fit, paginated beyond that so a 200-KPI scorecard renders one screen. */
export function KpiCards({ items, width, height, now, hrefFor, options, firing }: Props) {
  const styles = useStyles2(getStyles, options.compact);
  const perPage = cardsPerPage(width, height, options.compact);
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const [wanted, setPage] = useState(1);
  // A resize or a narrower selection can leave fewer pages than the one chosen: show the last one then.
  const page = Math.min(wanted, pages);
  const shown = items.slice((page - 1) * perPage, page * perPage);
  const sparklineWidth = Math.max(60, cardWidth(width, options.compact) - CARD_PADDING);
  const definition = useDefinitionTooltip(shown);
  return (
    <div className={styles.wrapper}>
      <div className={styles.grid} {...definition.handlers}>
        {shown.map((item) => (
          <KpiCard
            key={item.index}
            item={item}
            href={item.reachable ? hrefFor(item.kpi.id) : undefined}
            now={now}
            options={options}
            sparklineWidth={sparklineWidth}
            alerts={item.invalid ? undefined : firing.get(item.kpi.id)}
          />
        ))}
      </div>
      {definition.tooltip}
      <Pagination currentPage={page} numberOfPages={pages} onNavigate={setPage} hideWhenSinglePage />
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2, compact: boolean) => ({
  wrapper: css({ display: 'flex', flexDirection: 'column', gap: theme.spacing(1), height: '100%' }),
  grid: css({
    display: 'grid',
    gridTemplateColumns: `repeat(auto-fill, minmax(${(compact ? CARD_SIZE.compact : CARD_SIZE.normal).minWidth}px, 1fr))`,
    gap: GRID_GAP,
    overflow: 'auto',
    flex: 1,
    alignContent: 'start',
  }),
});
