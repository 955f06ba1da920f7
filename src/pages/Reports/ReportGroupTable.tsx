import { t } from '@grafana/i18n';
import { InteractiveTable, Stack, Text, type CellProps, type Column } from '@grafana/ui';
import React, { useMemo } from 'react';

import { KpiDelta } from '../../components/kpi/KpiDelta';
import { targetText } from '../../components/kpi/KpiTarget';
import { formatAttainment, formatKpiValue } from '../../kpi/formatValue';
import { type ReportGroup, type ReportRow } from '../../kpi/reportRows';
import { testIds } from '../../testIds';
import { KpiStatusBadge } from '../shared/KpiStatusBadge';

type Cell = CellProps<ReportRow>;

/** One objective's KPIs at close: heading, counts per status, and a row per KPI (all rows: a report is not paged). */
export function ReportGroupTable({ group }: { group: ReportGroup }) {
  const columns = useMemo<Array<Column<ReportRow>>>(
    () => [
      { id: 'kpi', header: t('reports.column.kpi', 'KPI'), cell: NameCell },
      { id: 'owner', header: t('reports.column.owner', 'Team and owner'), cell: OwnerCell },
      { id: 'target', header: t('reports.column.target', 'Target'), cell: TargetCell },
      { id: 'value', header: t('reports.column.value', 'Final value'), cell: valueCell('value') },
      { id: 'status', header: t('reports.column.status', 'Status at close'), cell: StatusCell },
      { id: 'previous', header: t('reports.column.previous', 'Previous period'), cell: valueCell('previous') },
      { id: 'delta', header: t('reports.column.delta', 'Change'), cell: DeltaCell },
      { id: 'attainment', header: t('reports.column.attainment', 'Attainment'), cell: AttainmentCell },
    ],
    []
  );
  const title = group.title ?? t('reports.no-objective', 'No objective');
  return (
    <section data-testid={testIds.reports.group(group.objective)}>
      <Stack direction="column" gap={1}>
        <div data-report-group-head="">
          <Text element="h3" variant="h4">
            {title}
          </Text>
          <Stack direction="row" gap={2} wrap="wrap" alignItems="center">
            {group.counts.map(({ status, count }) => (
              <Stack key={status} direction="row" gap={0.5} alignItems="center">
                <Text weight="medium">{count}</Text>
                <KpiStatusBadge status={status} />
              </Stack>
            ))}
          </Stack>
        </div>
        <InteractiveTable columns={columns} data={group.rows} getRowId={(row) => row.kpi} />
      </Stack>
    </section>
  );
}

function NameCell({ row: { original } }: Cell) {
  return (
    <span data-testid={testIds.reports.row(original.kpi)}>
      <Text weight="medium">{original.name}</Text>
      <br />
      <Text color="secondary" variant="bodySmall">
        {original.error ?? original.kpi}
      </Text>
    </span>
  );
}

function OwnerCell({ row: { original } }: Cell) {
  return (
    <span>
      {original.team}
      <br />
      <Text color="secondary" variant="bodySmall">
        {original.owner}
      </Text>
    </span>
  );
}

function TargetCell({ row: { original } }: Cell) {
  return <span>{targetText(original.definition, true)}</span>;
}

function valueCell(key: 'value' | 'previous') {
  return function ValueCell({ row: { original } }: Cell) {
    const v = original[key];
    return <span>{v === null ? t('reports.none', '–') : formatKpiValue(v, original.unit, original.decimals)}</span>;
  };
}

function StatusCell({ row: { original } }: Cell) {
  return <KpiStatusBadge status={original.status} />;
}

function DeltaCell({ row: { original } }: Cell) {
  const { delta, deltaKind, direction = 'higher-is-better', unit, decimals } = original;
  return <KpiDelta delta={delta} deltaKind={deltaKind} direction={direction} unit={unit} decimals={decimals} />;
}

function AttainmentCell({ row: { original } }: Cell) {
  return <span>{original.attainment === null ? t('reports.none', '–') : formatAttainment(original.attainment)}</span>;
}
