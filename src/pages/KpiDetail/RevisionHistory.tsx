import React, { useMemo } from 'react';
import { dateTimeFormat } from '@grafana/data';
import { t } from '@grafana/i18n';
import { CellProps, Column, InteractiveTable, Stack, Text } from '@grafana/ui';
import { catalogToYaml } from '../../kpi/catalogYaml';
import { Kpi, KpiCatalog, Revision } from '../../kpi/types';
import { testIds } from '../../testIds';

type Cell = CellProps<Revision & { key: string }>;

/** Who changed what when; a row opens to the definition it replaced, so old revisions stay readable. */
export function RevisionHistory({ kpi }: { kpi: Kpi }) {
  const rows = useMemo(
    () => (Array.isArray(kpi.history) ? [...kpi.history].reverse() : []).map((r, i) => ({ ...r, key: String(i) })),
    [kpi.history]
  );
  const columns = useMemo<Array<Column<Revision & { key: string }>>>(
    () => [
      {
        id: 'revision',
        header: t('kpi.history.revision', 'Revision'),
        cell: ({ row }: Cell) => String(row.original.revision),
      },
      { id: 'at', header: t('kpi.history.at', 'When'), cell: ({ row }: Cell) => dateTimeFormat(row.original.at) },
      { id: 'by', header: t('kpi.history.by', 'Who'), cell: ({ row }: Cell) => <Text>{row.original.by}</Text> },
      {
        id: 'changes',
        header: t('kpi.history.changes', 'What changed'),
        cell: ({ row }: Cell) => (
          <Stack direction="column" gap={0}>
            {(row.original.changes ?? []).map((c, i) => (
              <Text key={i} variant="bodySmall">
                {c}
              </Text>
            ))}
          </Stack>
        ),
      },
    ],
    []
  );
  if (rows.length === 0) {
    return null;
  }
  return (
    <Stack direction="column" gap={1} data-testid={testIds.kpiDetail.history}>
      <Text element="h3">{t('kpi.history.title', 'Revision history')}</Text>
      <InteractiveTable
        columns={columns}
        data={rows}
        getRowId={(r) => r.key}
        pageSize={10}
        renderExpandedRow={(r) =>
          r.snapshot ? (
            <pre>{catalogToYaml(r.snapshot as unknown as KpiCatalog)}</pre>
          ) : (
            <Text color="secondary">{t('kpi.history.no-snapshot', 'No earlier definition stored')}</Text>
          )
        }
      />
    </Stack>
  );
}
