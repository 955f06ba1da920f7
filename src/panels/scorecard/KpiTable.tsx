import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { InteractiveTable, Spinner, Stack, useStyles2, type CellProps, type Column } from '@grafana/ui';
import React, { useMemo } from 'react';

import { type FiringByKpi } from '../../alerting/firingKpiRules';
import { FiringAlertBadge } from '../../components/kpi/FiringAlertBadge';
import { KpiBudget } from '../../components/kpi/KpiBudget';
import { deltaOf, KpiDelta } from '../../components/kpi/KpiDelta';
import { KpiForecast } from '../../components/kpi/KpiForecast';
import { KpiSparkline } from '../../components/kpi/KpiSparkline';
import { KpiTarget } from '../../components/kpi/KpiTarget';
import { KpiTypeBadge } from '../../components/kpi/KpiTypeBadge';
import { KpiValue } from '../../components/kpi/KpiValue';
import { StatusBadge } from '../../components/kpi/StatusBadge';
import { UpdatedAgo } from '../../components/kpi/UpdatedAgo';
import { STATUS_SEVERITY } from '../../kpi/kpiStatus';
import { trendTarget } from '../../kpi/trendSeries';
import { type CardOptions } from './KpiCard';
import { KpiTableName } from './KpiTableName';
import { rowsPerPage } from './pageSize';
import { sparklineSeries, type ScorecardItem } from './scorecardItems';
import { scorecardTestIds } from './testIds';
import { useDefinitionTooltip } from './useDefinitionTooltip';

interface Props {
  items: ScorecardItem[];
  height: number;
  now: number;
  hrefFor: (kpiId: string) => string;
  options: CardOptions;
  firing: FiringByKpi;
}

type Cell = CellProps<ScorecardItem>;

/** The table layout: one row per KPI, sortable by column, paginated to the panel's height. */
export function KpiTable({ items, height, now, hrefFor, options, firing }: Props) {
  const styles = useStyles2(getStyles);
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

function tableColumns(
  styles: ReturnType<typeof getStyles>,
  now: number,
  hrefFor: (kpiId: string) => string,
  options: CardOptions,
  firing: FiringByKpi
): Array<Column<ScorecardItem>> {
  const severity = (item: ScorecardItem) => (item.status ? STATUS_SEVERITY[item.status] : 99);
  const columns: Array<Column<ScorecardItem> | false> = [
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
      cell: ({ row: { original } }: Cell) => <ValueCell item={original} now={now} styles={styles} />,
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
        cell: ({ row: { original } }: Cell) => <TrendCell item={original} />,
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
  return columns.filter((c): c is Column<ScorecardItem> => c !== false);
}

/** Orders rows by a text field; an entry the catalog marks invalid may lack it: '' then. */
function byText(field: 'type' | 'owner') {
  const text = ({ original }: { original: ScorecardItem }) => original.kpi[field] ?? '';
  return (a: { original: ScorecardItem }, b: { original: ScorecardItem }) => text(a).localeCompare(text(b));
}

function ValueCell({ item, now, styles }: { item: ScorecardItem; now: number; styles: ReturnType<typeof getStyles> }) {
  const { evaluation, kpi } = item;
  if (!evaluation) {
    return <span data-testid={scorecardTestIds.loading}>{t('scorecard.card.loading', 'Loading…')}</span>;
  }
  if (evaluation.status === 'error') {
    return (
      <span className={styles.error} title={evaluation.error ?? undefined} data-testid={scorecardTestIds.error}>
        {evaluation.error}
      </span>
    );
  }
  const muted = evaluation.status === 'stale' || evaluation.status === 'no-data';
  return (
    <Stack direction="column" gap={0}>
      <KpiValue
        value={evaluation.value}
        unit={kpi.unit}
        decimals={kpi.decimals}
        className={muted ? styles.muted : undefined}
        testId={scorecardTestIds.value}
      />
      {evaluation.status === 'stale' && evaluation.newestSampleAt && (
        <span className={styles.muted} data-testid={scorecardTestIds.stale}>
          <UpdatedAgo at={evaluation.newestSampleAt} now={now} />
        </span>
      )}
    </Stack>
  );
}

function TrendCell({ item }: { item: ScorecardItem }) {
  const series = useMemo(() => sparklineSeries(item), [item]);
  return series && !item.invalid ? (
    <KpiSparkline
      series={series}
      direction={item.kpi.direction}
      target={trendTarget(item.kpi)}
      width={100}
      height={24}
    />
  ) : null;
}

const getStyles = (theme: GrafanaTheme2) => ({
  wrapper: css({ height: '100%', overflow: 'auto' }),
  status: css({ display: 'inline-flex', flexWrap: 'wrap', gap: theme.spacing(0.5) }),
  muted: css({ color: theme.colors.text.secondary }),
  error: css({ color: theme.colors.error.text, overflowWrap: 'anywhere' }),
});
