import { t } from '@grafana/i18n';
import { Button, InteractiveTable, Stack, Text, type CellProps, type Column } from '@grafana/ui';
import React, { useMemo, useState } from 'react';

import { ownId } from '../../catalog/catalogEdits';
import { shownRevision } from '../../kpi/kpiRevisions';
import { entryLabel, isInEntry, isRecord, itemPlace, joinPath } from '../../kpi/places';
import { textOf } from '../../kpi/textOf';
import { type Kpi, type KpiCatalog } from '../../kpi/types';
import { type ValidationResult } from '../../kpi/validateCatalog';
import { tText } from '../../utils/i18n';
import { FixInYamlButton, noOwnIdText, notEditableText } from './FixInYamlButton';
import { KpiDeleteModal } from './KpiDeleteModal';

import type { EditorTab } from './CatalogEditorScene';

/** The id used in state and URL for "a new KPI, objective or scorecard": not a slug, so no item can have it. */
export const NEW_ITEM = '+new';

interface Row {
  /** `kpis[3]`: unique, unlike ids, which may be missing or repeated in a catalog written as YAML. */
  place: string;
  /** Where the KPI is in the list, which is what Delete removes. */
  index: number;
  /** None for an entry that is not an object (`kpis: [~]`): it gets a row that says where to fix it. */
  kpi?: Kpi;
  /** The id the form opens the KPI by; none when the id is missing or repeated (the YAML tab fixes it). */
  editId?: string;
  /** This KPI's errors and lint warnings, each as `field: message` (the message alone for the KPI itself). */
  errors: string[];
  warnings: string[];
}

interface Props {
  draft: KpiCatalog;
  validation: ValidationResult;
  /** Opens a KPI's form by id (NEW_ITEM for a new one). */
  onOpen: (id: string) => void;
  onDelete: (index: number) => void;
  /** To another tab: the YAML tab fixes what no form opens, the Scorecards tab what blocks a delete. */
  onTab: (tab: EditorTab) => void;
}

/** The draft's KPIs, each with its own errors and warnings, an Edit that opens its form and a confirmed Delete. */
export function KpiListTab({ draft, validation, onOpen, onDelete, onTab }: Props) {
  const [deleting, setDeleting] = useState<number>();
  const rows = useMemo(() => {
    const lines = (i: number, severity: 'error' | 'warning') =>
      validation.problems
        .filter((p) => isInEntry(p.at, 'kpis', i) && p.severity === severity)
        .map((p) => {
          const field = joinPath('', p.at.path);
          return field ? `${field}: ${p.message}` : p.message;
        });
    return draft.kpis.map((kpi, i): Row => ({
      place: `kpis[${i}]`,
      index: i,
      kpi: isRecord(kpi) ? kpi : undefined,
      editId: ownId(draft.kpis, i),
      errors: lines(i, 'error'),
      warnings: lines(i, 'warning'),
    }));
  }, [draft, validation]);
  const columns = useMemo<Array<Column<Row>>>(
    () => [
      {
        id: 'name',
        header: t('manage.column.name', 'KPI'),
        cell: ({ row }: CellProps<Row>) =>
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
        cell: ({ row }: CellProps<Row>) => <code>{entryLabel(row.original.kpi, row.original.index).id}</code>,
      },
      {
        id: 'team',
        header: t('manage.column.team', 'Team'),
        cell: ({ row }: CellProps<Row>) => <Text>{textOf(row.original.kpi?.team) ?? ''}</Text>,
      },
      {
        id: 'revision',
        header: t('manage.column.revision', 'Revision'),
        cell: ({ row }: CellProps<Row>) => revisionText(row.original),
      },
      {
        id: 'problems',
        header: t('manage.column.problems', 'Problems'),
        cell: ({ row }: CellProps<Row>) => (
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
        cell: ({ row }: CellProps<Row>) => {
          const { kpi, index, editId } = row.original;
          if (!kpi) {
            return <FixInYamlButton onClick={() => onTab('yaml')} />;
          }
          return (
            <Stack gap={1}>
              {editId === undefined ? (
                <FixInYamlButton onClick={() => onTab('yaml')} tooltip={noOwnIdText()} />
              ) : (
                <Button size="sm" variant="secondary" icon="pen" onClick={() => onOpen(editId)}>
                  {t('manage.edit', 'Edit')}
                </Button>
              )}
              <Button
                size="sm"
                variant="destructive"
                icon="trash-alt"
                onClick={() => setDeleting(index)}
                aria-label={tText('manage.aria.delete-kpi', 'Delete {{place}}', {
                  place: itemPlace('kpis', index, kpi),
                })}
              />
            </Stack>
          );
        },
      },
    ],
    [onOpen, onTab]
  );

  return (
    <Stack direction="column" gap={2}>
      <div>
        <Button icon="plus" onClick={() => onOpen(NEW_ITEM)}>
          {t('manage.kpi.create', 'New KPI')}
        </Button>
      </div>
      <InteractiveTable columns={columns} data={rows} getRowId={(r) => r.place} pageSize={25} />
      <KpiDeleteModal
        draft={draft}
        index={deleting}
        onDelete={onDelete}
        onToScorecards={() => onTab('scorecards')}
        onClose={() => setDeleting(undefined)}
      />
    </Stack>
  );
}

function revisionText({ kpi, errors }: Row): string {
  return (kpi && shownRevision(kpi.revision, errors.length > 0)) ?? '';
}
