import { dateTime, dateTimeFormat, ISO_8601 } from '@grafana/data';
import { t } from '@grafana/i18n';
import { InteractiveTable, Stack, Text, type CellProps, type Column } from '@grafana/ui';
import React, { useMemo } from 'react';

import { type ShownKpi } from '../../kpi/catalogEntries';
import { catalogToYaml } from '../../kpi/catalogYaml';
import { revisionRows, type RevisionRow } from '../../kpi/revisionRows';
import { definitionsBefore } from '../../kpi/revisionSnapshots';
import { type KpiCatalog } from '../../kpi/types';
import { testIds } from '../../testIds';
import { tText } from '../../utils/i18n';

type Cell = CellProps<RevisionRow>;

/**
 * Who changed what when; a row opens to the definition it replaced, so old revisions stay readable. The history
 * of a KPI the catalog marks invalid may hold anything: a row shows what is text and names what it leaves out.
 */
export function RevisionHistory({ kpi }: { kpi: Pick<ShownKpi, 'history'> }) {
  const rows = useMemo(() => {
    const before = definitionsBefore(kpi);
    // Each row opens to the whole definition it replaced, rebuilt from the snapshots (which hold only changes).
    return revisionRows(kpi.history).map((row) => ({ ...row, snapshot: row.snapshot && before[row.index] }));
  }, [kpi]);
  const columns = useMemo<Array<Column<RevisionRow>>>(
    () => [
      {
        id: 'revision',
        header: t('kpi.history.revision', 'Revision'),
        cell: ({ row }: Cell) => (row.original.revision === undefined ? '' : String(row.original.revision)),
      },
      { id: 'at', header: t('kpi.history.at', 'When'), cell: ({ row }: Cell) => whenText(row.original.at) },
      { id: 'by', header: t('kpi.history.by', 'Who'), cell: ({ row }: Cell) => <Text>{row.original.by ?? ''}</Text> },
      { id: 'changes', header: t('kpi.history.changes', 'What changed'), cell: ChangesCell },
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
        getRowId={(r) => r.place}
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

/** The plugin writes `at` as an ISO time; anything else written there is shown as written, not parsed. */
function whenText(at: string | undefined): string {
  if (at === undefined) {
    return '';
  }
  return dateTime(at, ISO_8601).isValid() ? dateTimeFormat(at) : at;
}

function ChangesCell({ row: { original } }: Cell) {
  const { place, changes, notAnEntry, unreadable } = original;
  return (
    <Stack direction="column" gap={0}>
      {changes.map((change, i) => (
        <Text key={i} variant="bodySmall">
          {change}
        </Text>
      ))}
      {notAnEntry && (
        <Text color="error" variant="bodySmall">
          {tText('kpi.history.not-an-entry', '{{place}}: not a revision entry (must be an object)', { place })}
        </Text>
      )}
      {unreadable.length > 0 && (
        <Text color="error" variant="bodySmall">
          {tText('kpi.history.unreadable', '{{place}}: {{fields}} left out (wrong type)', {
            place,
            fields: unreadable.join(', '),
          })}
        </Text>
      )}
    </Stack>
  );
}
