import { t } from '@grafana/i18n';
import { Spinner, Stack, type CellProps, type Column } from '@grafana/ui';
import React from 'react';

import { type FiringByKpi } from '../../alerting/firingKpiRules';
import { FiringAlertBadge } from '../../components/kpi/FiringAlertBadge';
import { KpiBudget } from '../../components/kpi/KpiBudget';
import { deltaOf, KpiDelta } from '../../components/kpi/KpiDelta';
import { KpiForecast } from '../../components/kpi/KpiForecast';
import { KpiTarget } from '../../components/kpi/KpiTarget';
import { KpiTypeBadge } from '../../components/kpi/KpiTypeBadge';
import { StatusBadge } from '../../components/kpi/StatusBadge';
import { STATUS_SEVERITY } from '../../kpi/kpiStatus';
import { KpiTableName } from './KpiTableName';
import { type TableStyles } from './kpiTableStyles';
import { KpiTableTrendCell } from './KpiTableTrendCell';
import { KpiTableValueCell } from './KpiTableValueCell';
import { type ScorecardItem } from './scorecardItems';
import { type CardOptions } from './scorecardOptions';
import { scorecardTestIds } from './testIds';

type Cell = CellProps<ScorecardItem>;
type MaybeColumn = Column<ScorecardItem> | false;

/** The scorecard table's columns, in order; the options leave some out. */
export function tableColumns(
  styles: TableStyles,
  now: number,
  hrefFor: (kpiId: string) => string,
  options: CardOptions,
  firing: FiringByKpi
): Array<Column<ScorecardItem>> {
  const columns = [...leadingColumns(styles, now, hrefFor, options, firing), ...optionalColumns(options)];
  return columns.filter((c): c is Column<ScorecardItem> => c !== false);
}

/** Status, name, value and target: every table has them. */
function leadingColumns(
  styles: TableStyles,
  now: number,
  hrefFor: (kpiId: string) => string,
  options: CardOptions,
  firing: FiringByKpi
): MaybeColumn[] {
  const severity = (item: ScorecardItem) => (item.status ? STATUS_SEVERITY[item.status] : 99);
  return [
    {
      id: 'status',
      header: t('scorecard.table.status', 'Status'),
      sortType: (a, b) => severity(a.original) - severity(b.original),
      cell: ({ row: { original } }: Cell) =>
        original.status ? (
          <span className={styles.status}>
            <StatusBadge status={original.status} iconOnly={options.compact} />
            <FiringAlertBadge rules={original.invalid ? undefined : firing.get(original.kpi.id)} />
          </span>
        ) : (
          <Spinner inline />
        ),
    },
    {
      id: 'name',
      header: t('scorecard.table.name', 'KPI'),
      sortType: (a, b) => a.original.name.localeCompare(b.original.name),
      cell: ({ row: { original } }: Cell) => <KpiTableName item={original} hrefFor={hrefFor} />,
    },
    {
      id: 'value',
      header: t('scorecard.table.value', 'Value'),
      sortType: (a, b) => (a.original.evaluation?.value ?? -Infinity) - (b.original.evaluation?.value ?? -Infinity),
      cell: ({ row: { original } }: Cell) => <KpiTableValueCell item={original} now={now} styles={styles} />,
    },
    {
      id: 'target',
      header: t('scorecard.table.target', 'Target'),
      cell: ({ row: { original } }: Cell) => (
        <Stack direction="column" gap={0}>
          <KpiTarget {...original.kpi} bare />
          <KpiBudget budgetLeft={original.evaluation?.budgetLeft} testId={scorecardTestIds.budget} />
        </Stack>
      ),
    },
  ];
}

/** Change, trend, forecast, type and owner; the options turn some off. */
function optionalColumns(options: CardOptions): MaybeColumn[] {
  return [
    options.showDelta && {
      id: 'delta',
      header: t('scorecard.table.delta', 'Change'),
      cell: ({ row: { original } }: Cell) =>
        original.evaluation && !original.invalid && original.status !== 'error' ? (
          <KpiDelta {...deltaOf(original.kpi, original.evaluation)} />
        ) : null,
    },
    options.showSparkline &&
      !options.compact && {
        id: 'trend',
        header: t('scorecard.table.trend', 'Trend'),
        cell: ({ row: { original } }: Cell) => <KpiTableTrendCell item={original} />,
      },
    options.showForecast && {
      id: 'forecast',
      header: t('scorecard.table.forecast', 'Forecast'),
      cell: ({ row: { original } }: Cell) =>
        original.evaluation && !original.invalid ? (
          <KpiForecast kpi={original.kpi} forecast={original.evaluation.forecast} />
        ) : null,
    },
    {
      id: 'type',
      header: t('scorecard.table.type', 'Type'),
      sortType: byText('type'),
      cell: ({ row: { original } }: Cell) => <KpiTypeBadge type={original.kpi.type} />,
    },
    options.showOwner && {
      id: 'owner',
      header: t('scorecard.table.owner', 'Owner'),
      sortType: byText('owner'),
      cell: ({ row: { original } }: Cell) => <span data-testid={scorecardTestIds.owner}>{original.kpi.owner}</span>,
    },
  ];
}

/** Orders rows by a text field; an entry the catalog marks invalid may lack it: '' then. */
function byText(field: 'type' | 'owner') {
  const text = ({ original }: { original: ScorecardItem }) => original.kpi[field] ?? '';
  return (a: { original: ScorecardItem }, b: { original: ScorecardItem }) => text(a).localeCompare(text(b));
}
