import React from 'react';
import { t } from '@grafana/i18n';
import { indexOfId } from '../../kpi/places';
import { notObjectEntries } from '../../catalog/notObjectEntries';
import { textOf } from '../../kpi/textOf';
import { tText } from '../../utils/i18n';
import type { CatalogEditorScene, CatalogEditorState } from './CatalogEditorScene';
import { EditableCards } from './EditableCards';
import { NEW_ITEM } from './KpiListTab';
import { MissingItem } from './MissingItem';
import { ObjectiveForm } from './ObjectiveForm';

export function ObjectivesTab({ model, state }: { model: CatalogEditorScene; state: CatalogEditorState }) {
  const { draft, validation, editingObjective } = state;
  if (editingObjective !== undefined) {
    const originalId = editingObjective === NEW_ITEM ? undefined : editingObjective;
    if (originalId !== undefined && indexOfId(draft.objectives ?? [], originalId) < 0) {
      return (
        <MissingItem
          title={tText('manage.objective.missing', 'No objective "{{id}}" in the draft', { id: originalId })}
          onBack={() => model.openObjective(undefined)}
          createLabel={t('manage.objective.create', 'New objective')}
          onCreate={() => model.openObjective(NEW_ITEM)}
        />
      );
    }
    return (
      <ObjectiveForm
        key={editingObjective}
        draft={draft}
        originalId={originalId}
        onApply={(o, id) => model.applyObjective(o, id)}
        onCancel={() => model.openObjective(undefined)}
      />
    );
  }
  return (
    <EditableCards
      model={model}
      list="objectives"
      items={draft.objectives ?? []}
      entries={notObjectEntries(validation, 'objectives')}
      createLabel={t('manage.objective.create', 'New objective')}
      onCreate={() => model.openObjective(NEW_ITEM)}
      meta={(o) => [textOf(o.id), textOf(o.owner)].filter((v): v is string => Boolean(v))}
      onEdit={(id) => model.openObjective(id)}
      onDelete={(index) => model.removeObjectiveAt(index)}
      deleteTitle={t('manage.objective.delete-title', 'Delete objective')}
      deleteBody={(title) =>
        tText('manage.objective.delete-body', 'Delete "{{title}}"? Its KPIs stay and no longer name an objective.', {
          title,
        })
      }
    />
  );
}
