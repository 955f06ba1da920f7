import { t } from '@grafana/i18n';
import { Stack, Text, type CellProps, type Column } from '@grafana/ui';
import React from 'react';

import { shownRevision } from '../../kpi/kpiRevisions';
import { entryLabel } from '../../kpi/places';
import { textOf } from '../../kpi/textOf';
import { notEditableText } from './FixInYamlButton';
import { type KpiListRow } from './kpiListRows';
import { KpiRowActions } from './KpiRowActions';

import type { EditorTab } from './CatalogEditorScene';

type Cell = CellProps<KpiListRow>;

/** The KPI list's columns: name, id, team, revision, problems and the row's actions. */
export function kpiListColumns(
  onOpen: (id: string) => void,
  onTab: (tab: EditorTab) => void,
  onDelete: (index: number) => void
): Array<Column<KpiListRow>> {
  return [
    {
      id: 'name',
      header: t('manage.column.name', 'KPI'),
      cell: ({ row }: Cell) =>
        row.original.kpi ? (
          <Text>{entryLabel(row.original.kpi, row.original.index).name}</Text>
        ) : (
          <Text color="secondary" italic>
            {notEditableText()}
          </Text>
        ),
    },
    {
      id: 'id',
      header: t('manage.column.id', 'Id'),
      cell: ({ row }: Cell) => <code>{entryLabel(row.original.kpi, row.original.index).id}</code>,
    },
    {
      id: 'team',
      header: t('manage.column.team', 'Team'),
      cell: ({ row }: Cell) => <Text>{textOf(row.original.kpi?.team) ?? ''}</Text>,
    },
    {
      id: 'revision',
      header: t('manage.column.revision', 'Revision'),
      cell: ({ row }: Cell) => revisionText(row.original),
    },
    {
      id: 'problems',
      header: t('manage.column.problems', 'Problems'),
      cell: ({ row }: Cell) => (
        <Stack direction="column" gap={0}>
          {row.original.errors.map((line, i) => (
            <Text key={`e${i}`} color="error" variant="bodySmall">
              {line}
            </Text>
          ))}
          {row.original.warnings.map((line, i) => (
            <Text key={`w${i}`} color="warning" variant="bodySmall">
              {line}
            </Text>
          ))}
        </Stack>
      ),
    },
    {
      id: 'actions',
      header: '',
      cell: ({ row }: Cell) => <KpiRowActions row={row.original} onOpen={onOpen} onTab={onTab} onDelete={onDelete} />,
    },
  ];
}

function revisionText({ kpi, errors }: KpiListRow): string {
  return (kpi && shownRevision(kpi.revision, errors.length > 0)) ?? '';
}
