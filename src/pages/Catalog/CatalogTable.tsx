import { css } from '@emotion/css';
import { type GrafanaTheme2 } from '@grafana/data';
import { t } from '@grafana/i18n';
import {
  InteractiveTable,
  Pagination,
  Stack,
  Text,
  TextLink,
  useStyles2,
  type CellProps,
  type Column,
} from '@grafana/ui';
import React, { useMemo, useState } from 'react';

import { type FiringByKpi } from '../../alerting/firingKpiRules';
import { useFiringRules } from '../../alerting/useFiringRules';
import { FiringAlertBadge } from '../../components/kpi/FiringAlertBadge';
import { KpiBudget } from '../../components/kpi/KpiBudget';
import { targetText } from '../../components/kpi/KpiTarget';
import { problemText } from '../../kpi/problemsText';
import { kpiDetailUrl } from '../../routing';
import { testIds } from '../../testIds';
import { KpiStatusBadge } from '../shared/KpiStatusBadge';
import { KpiTrend } from '../shared/KpiTrend';
import { KpiValueText } from '../shared/KpiValueText';
import { type CatalogRow } from './catalogRows';

/**
 * Rows per page: with 5,000 KPIs only this many are in the DOM at once, and each keystroke in the search box
 * renders them again. 25 is about a screen and a half, and keeps a keystroke under 50 ms in Chromium on a
 * loaded 2-core machine where 50 rows took about 50 (npm run bench:browser).
 */
export const PAGE_SIZE = 25;

type Cell = CellProps<CatalogRow>;

export function CatalogTable({ rows }: { rows: CatalogRow[] }) {
  const firing = useFiringRules().byKpi;
  const columns = useMemo<Array<Column<CatalogRow>>>(
    () => [
      { id: 'status', header: t('catalog.column.status', 'Status'), cell: statusCell(firing) },
      { id: 'name', header: t('catalog.column.name', 'KPI'), cell: NameCell },
      { id: 'value', header: t('catalog.column.value', 'Value'), cell: ValueCell },
      { id: 'target', header: t('catalog.column.target', 'Target'), cell: TargetCell },
      { id: 'trend', header: t('catalog.column.trend', 'Trend'), cell: TrendCell },
      { id: 'owner', header: t('catalog.column.team-owner', 'Team and owner'), cell: OwnerCell },
      { id: 'category', header: t('catalog.column.category', 'Category'), cell: textCell('category') },
      { id: 'type', header: t('catalog.column.type', 'Type'), cell: textCell('type') },
    ],
    [firing]
  );
  // The table is paged here rather than by InteractiveTable's `pageSize`: react-table would otherwise build,
  // expand and page every matching row (up to 5,000) on each keystroke to show one page of them. What is shown
  // is the same: a page of rows, then InteractiveTable's own Pagination when there is more than one page, and
  // the page kept when the rows change (InteractiveTable's default, autoResetPage off).
  // Rows are keyed by their place on the page, so a keystroke updates the page's rows in place instead of
  // unmounting and mounting them (and setting up every cell's components again).
  const styles = useStyles2(getStyles);
  const [pageIndex, setPageIndex] = useState(0);
  const page = useMemo(() => rows.slice(pageIndex * PAGE_SIZE, (pageIndex + 1) * PAGE_SIZE), [rows, pageIndex]);
  const numberOfPages = Math.ceil(rows.length / PAGE_SIZE);
  return (
    <div className={styles.container}>
      <InteractiveTable columns={columns} data={page} getRowId={placeOnPage} />
      {rows.length > PAGE_SIZE && (
        <span>
          <Pagination
            currentPage={pageIndex + 1}
            numberOfPages={numberOfPages}
            onNavigate={(toPage) => setPageIndex(toPage - 1)}
          />
        </span>
      )}
    </div>
  );
}

/** A row's key is its place on the page (module-level, so react-table sees the same function each render). */
function placeOnPage(_row: CatalogRow, index: number): string {
  return String(index);
}

/** InteractiveTable's own container, so the pagination sits where InteractiveTable puts it. */
const getStyles = (theme: GrafanaTheme2) => ({
  container: css({
    display: 'flex',
    gap: theme.spacing(2),
    flexDirection: 'column',
    width: '100%',
    overflowX: 'auto',
  }),
});

/** The status, and beside it whether one of the KPI's rules fires in Grafana's alerting. */
function statusCell(firing: FiringByKpi) {
  const StatusCell = ({ row: { original } }: Cell) => (
    <Stack gap={0.5} wrap="wrap" alignItems="center">
      <KpiStatusBadge status={original.status} />
      <FiringAlertBadge rules={original.errors ? undefined : firing.get(original.id)} />
    </Stack>
  );
  return StatusCell;
}

function NameCell({ row: { original } }: Cell) {
  if (original.errors) {
    // A bad KPI is listed with what is wrong; it is not a link because it has no detail to show.
    return (
      <Stack direction="column" gap={0}>
        <Text>{original.name}</Text>
        <div data-testid={testIds.catalog.kpiError}>
          {original.errors.map((p, i) => (
            <Text key={i} color="error" variant="bodySmall" element="p">
              {problemText(p)}
            </Text>
          ))}
        </div>
      </Stack>
    );
  }
  const queryError = original.result?.evaluation?.error;
  return (
    <Stack direction="column" gap={0} data-testid={testIds.catalog.row(original.id)}>
      <TextLink href={kpiDetailUrl(original.id)} inline={false}>
        {original.name}
      </TextLink>
      {queryError && (
        // Wrapped, not truncated: an auto-width cell has no width to cut at, so one long error (a datasource's URL)
        // widened the whole table past a 1024 px screen.
        <div className={errorText}>
          <Text color="error" variant="bodySmall">
            {queryError}
          </Text>
        </div>
      )}
    </Stack>
  );
}

function ValueCell({ row: { original } }: Cell) {
  const evaluation = original.result?.evaluation;
  if (!evaluation || original.errors) {
    return null;
  }
  return <KpiValueText kpi={original.kpi} evaluation={evaluation} now={original.evaluatedAt} />;
}

function TargetCell({ row: { original } }: Cell) {
  if (original.errors) {
    return null;
  }
  return (
    <Stack direction="column" gap={0}>
      <Text>{targetText(original.kpi, true)}</Text>
      <KpiBudget budgetLeft={original.result?.evaluation?.budgetLeft} />
    </Stack>
  );
}

function TrendCell({ row: { original } }: Cell) {
  return original.errors ? null : <KpiTrend kpi={original.kpi} result={original.result} />;
}

/** Team over owner in one column, so that at 1024 px every column fits beside the trend. */
function OwnerCell({ row: { original } }: Cell) {
  const { team, owner } = original.kpi;
  return (
    <Stack direction="column" gap={0}>
      {typeof team === 'string' && <Text>{team}</Text>}
      {typeof owner === 'string' && (
        <Text color="secondary" variant="bodySmall">
          {owner}
        </Text>
      )}
    </Stack>
  );
}

function textCell(field: 'category' | 'type') {
  const TextCell = ({ row: { original } }: Cell) => {
    const value = original.kpi[field];
    return typeof value === 'string' ? <Text>{value}</Text> : null;
  };
  return TextCell;
}

const errorText = css({ maxWidth: '40ch', overflowWrap: 'anywhere' });
