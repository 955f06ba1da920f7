import { t } from '@grafana/i18n';
import React from 'react';

import { notObjectEntries } from '../../catalog/notObjectEntries';
import { indexOfId } from '../../kpi/places';
import { textOf } from '../../kpi/textOf';
import { type KpiCatalog, type Objective } from '../../kpi/types';
import { type ValidationResult } from '../../kpi/validateCatalog';
import { tText } from '../../utils/i18n';
import { EditableCards } from './EditableCards';
import { NEW_ITEM } from './KpiListTab';
import { MissingItem } from './MissingItem';
import { ObjectiveForm } from './ObjectiveForm';

interface Props {
  draft: KpiCatalog;
  validation: ValidationResult;
  /** Id of the objective whose form is open (NEW_ITEM for a new one); none while the list shows. */
  editing?: string;
  /** Opens a form by id (NEW_ITEM for a new one), or the list with none. */
  onOpen: (id: string | undefined) => void;
  onApply: (objective: Objective, originalId?: string) => void;
  onDelete: (index: number) => void;
  onFixInYaml: () => void;
}

export function ObjectivesTab({ draft, validation, editing, onOpen, onApply, onDelete, onFixInYaml }: Props) {
  if (editing !== undefined) {
    const originalId = editing === NEW_ITEM ? undefined : editing;
    if (originalId !== undefined && indexOfId(draft.objectives ?? [], originalId) < 0) {
      return (
        <MissingItem
          title={tText('manage.objective.missing', 'No objective "{{id}}" in the draft', { id: originalId })}
          onBack={() => onOpen(undefined)}
          createLabel={t('manage.objective.create', 'New objective')}
          onCreate={() => onOpen(NEW_ITEM)}
        />
      );
    }
    return (
      <ObjectiveForm
        key={editing}
        draft={draft}
        originalId={originalId}
        onApply={onApply}
        onCancel={() => onOpen(undefined)}
      />
    );
  }
  return (
    <EditableCards
      onFixInYaml={onFixInYaml}
      list="objectives"
      items={draft.objectives ?? []}
      entries={notObjectEntries(validation, 'objectives')}
      createLabel={t('manage.objective.create', 'New objective')}
      onCreate={() => onOpen(NEW_ITEM)}
      meta={(o) => [textOf(o.id), textOf(o.owner)].filter((v): v is string => Boolean(v))}
      onEdit={(id) => onOpen(id)}
      onDelete={onDelete}
      deleteTitle={t('manage.objective.delete-title', 'Delete objective')}
      deleteBody={(title) =>
        tText('manage.objective.delete-body', 'Delete "{{title}}"? Its KPIs stay and no longer name an objective.', {
          title,
        })
      }
    />
  );
}
