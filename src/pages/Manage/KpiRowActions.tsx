import { t } from '@grafana/i18n';
import { Button, Stack } from '@grafana/ui';
import React from 'react';

import { itemPlace } from '../../kpi/places';
import { tText } from '../../utils/i18n';
import { FixInYamlButton, noOwnIdText } from './FixInYamlButton';
import { type KpiListRow } from './kpiListRows';

import type { EditorTab } from './CatalogEditorScene';

interface Props {
  row: KpiListRow;
  onOpen: (id: string) => void;
  onTab: (tab: EditorTab) => void;
  onDelete: (index: number) => void;
}

/** A KPI row's actions: Edit (or where to fix what no form opens) and Delete, which asks first. */
export function KpiRowActions({ row: { kpi, index, editId }, onOpen, onTab, onDelete }: Props) {
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
        onClick={() => onDelete(index)}
        aria-label={tText('manage.aria.delete-kpi', 'Delete {{place}}', {
          place: itemPlace('kpis', index, kpi),
        })}
      />
    </Stack>
  );
}
