import { InteractiveTable, useStyles2 } from '@grafana/ui';
import React, { useMemo } from 'react';

import { type FiringByKpi } from '../../alerting/firingKpiRules';
import { tableColumns } from './kpiTableColumns';
import { getTableStyles } from './kpiTableStyles';
import { rowsPerPage } from './pageSize';
import { type ScorecardItem } from './scorecardItems';
import { type CardOptions } from './scorecardOptions';
import { useDefinitionTooltip } from './useDefinitionTooltip';

interface Props {
  items: ScorecardItem[];
  height: number;
  now: number;
  hrefFor: (kpiId: string) => string;
  options: CardOptions;
  firing: FiringByKpi;
}

/** The table layout: one row per KPI, sortable by column, paginated to the panel's height. */
export function KpiTable({ items, height, now, hrefFor, options, firing }: Props) {
  const styles = useStyles2(getTableStyles);
  const columns = useMemo(
    () => tableColumns(styles, now, hrefFor, options, firing),
    [styles, now, hrefFor, options, firing]
  );
  const definition = useDefinitionTooltip(items);
  return (
    <div className={styles.wrapper} {...definition.handlers}>
      <InteractiveTable columns={columns} data={items} getRowId={catalogPlace} pageSize={rowsPerPage(height)} />
      {definition.tooltip}
    </div>
  );
}

/** A row's id is its KPI's place in the catalog: an invalid catalog may repeat an id, a place is never repeated. */
function catalogPlace(item: ScorecardItem): string {
  return String(item.index);
}
