import React, { useMemo, useState } from 'react';
import { t } from '@grafana/i18n';
import { Button, CellProps, Column, InteractiveTable, Stack, Text } from '@grafana/ui';
import { ownId } from '../../catalog/catalogEdits';
import { shownRevision } from '../../kpi/kpiRevisions';
import { entryLabel, indexOfId, isInEntry, isRecord, itemPlace, joinPath } from '../../kpi/places';
import { textOf } from '../../kpi/textOf';
import { Kpi } from '../../kpi/types';
import { tText } from '../../utils/i18n';
import { RevisionHistory } from '../KpiDetail/RevisionHistory';
import type { CatalogEditorScene, CatalogEditorState } from './CatalogEditorScene';
import { FixInYamlButton, noOwnIdText, notEditableText } from './FixInYamlButton';
import { KpiDeleteModal } from './KpiDeleteModal';
import { KpiForm } from './KpiForm';
import { MissingItem } from './MissingItem';

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

export function KpiListTab({ model, state }: { model: CatalogEditorScene; state: CatalogEditorState }) {
  const { draft, validation, editingKpi } = state;
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
            return <FixInYamlButton model={model} />;
          }
          return (
            <Stack gap={1}>
              {editId === undefined ? (
                <FixInYamlButton model={model} tooltip={noOwnIdText()} />
              ) : (
                <Button size="sm" variant="secondary" icon="pen" onClick={() => model.openKpi(editId)}>
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
    [model]
  );

  if (editingKpi !== undefined) {
    const index = editingKpi === NEW_ITEM ? -1 : indexOfId(draft.kpis, editingKpi);
    const existing = index < 0 ? undefined : draft.kpis[index];
    if (editingKpi !== NEW_ITEM && !existing) {
      return (
        <MissingItem
          title={tText('manage.kpi.missing', 'No KPI "{{id}}" in the draft', { id: editingKpi })}
          onBack={() => model.openKpi(undefined)}
          createLabel={t('manage.kpi.create', 'New KPI')}
          onCreate={() => model.openKpi(NEW_ITEM)}
        />
      );
    }
    return (
      <Stack direction="column" gap={2}>
        <Text element="h3">
          {existing
            ? tText('manage.kpi.editing', 'Edit {{name}}', {
                name: entryLabel(existing, index).name,
              })
            : t('manage.kpi.new', 'New KPI')}
        </Text>
        <KpiForm
          key={editingKpi}
          draft={draft}
          originalId={existing?.id}
          onApply={(kpi, id) => model.applyKpi(kpi, id)}
          onCancel={() => model.openKpi(undefined)}
        />
        {existing && <RevisionHistory kpi={existing} />}
      </Stack>
    );
  }
  return (
    <Stack direction="column" gap={2}>
      <div>
        <Button icon="plus" onClick={() => model.openKpi(NEW_ITEM)}>
          {t('manage.kpi.create', 'New KPI')}
        </Button>
      </div>
      <InteractiveTable columns={columns} data={rows} getRowId={(r) => r.place} pageSize={25} />
      <KpiDeleteModal model={model} draft={draft} index={deleting} onClose={() => setDeleting(undefined)} />
    </Stack>
  );
}

function revisionText({ kpi, errors }: Row): string {
  return (kpi && shownRevision(kpi.revision, errors.length > 0)) ?? '';
}
